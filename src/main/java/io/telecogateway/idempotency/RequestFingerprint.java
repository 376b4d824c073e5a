package io.telecogateway.idempotency;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the fingerprint that distinguishes a repeated request from a different one under the
 * same idempotency key: the SHA-256 of the method, the path with its query, and the body.
 *
 * <p>A body that parses as one JSON value is hashed in canonical form, so that field order and
 * whitespace do not matter: object members sorted by name (Java string order) at every level, no
 * whitespace, strings re-escaped, and numbers exactly as written ({@code 1.0} and {@code 1}
 * differ). Any other body, including one with a duplicate member name or trailing content, is
 * hashed as raw bytes; the resource rejects such a body anyway.
 */
public final class RequestFingerprint {

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private RequestFingerprint() {}

  /** Returns the fingerprint as 64 lowercase hex digits. */
  public static String of(String method, String pathAndQuery, byte[] body) {
    MessageDigest digest = sha256();
    digest.update((method + "\n" + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8));
    String canonical = canonicalJson(body);
    if (canonical != null) {
      digest.update("json\n".getBytes(StandardCharsets.UTF_8));
      digest.update(canonical.getBytes(StandardCharsets.UTF_8));
    } else {
      digest.update("raw\n".getBytes(StandardCharsets.UTF_8));
      digest.update(body);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Returns the canonical form of a JSON body, or null when the body is not one JSON value. */
  static String canonicalJson(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() == null) {
        return null;
      }
      StringBuilder out = new StringBuilder(body.length);
      appendValue(parser, out);
      if (parser.nextToken() != null) {
        return null;
      }
      return out.toString();
    } catch (IOException e) {
      // Not JSON, or not strict JSON: the caller falls back to the raw bytes.
      return null;
    }
  }

  private static void appendValue(JsonParser parser, StringBuilder out) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> appendObject(parser, out);
      case START_ARRAY -> appendArray(parser, out);
      case VALUE_STRING -> appendString(parser.getText(), out);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
          out.append(parser.getText());
      default -> throw new IOException("Unexpected JSON token " + token);
    }
  }

  private static void appendObject(JsonParser parser, StringBuilder out) throws IOException {
    Map<String, String> members = new TreeMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      StringBuilder value = new StringBuilder();
      appendValue(parser, value);
      members.put(name, value.toString());
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> member : members.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendString(member.getKey(), out);
      out.append(':').append(member.getValue());
    }
    out.append('}');
  }

  private static void appendArray(JsonParser parser, StringBuilder out) throws IOException {
    out.append('[');
    boolean first = true;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendValue(parser, out);
    }
    out.append(']');
  }

  private static void appendString(String value, StringBuilder out) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, out);
    out.append('"');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
