package io.telecogateway.idempotency;

import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code Idempotency-Key} request header (draft-ietf-httpapi-idempotency-key-header). A key is
 * 1 to 255 printable ASCII characters, 0x21 to 0x7E. Spaces are rejected, even inside the value,
 * because HTTP strips them at the edges of a field value and a key must reach the gateway exactly
 * as the client generated it. The key is opaque: a value sent in quotes, as the draft's
 * structured-field form writes it, is kept with its quotes.
 */
public final class IdempotencyKeyHeader {

  public static final String NAME = "Idempotency-Key";

  public static final int MAX_LENGTH = 255;

  private IdempotencyKeyHeader() {}

  /**
   * Returns the one key among the header's values, or null when the header is absent.
   *
   * @throws ApiException {@code invalid_request} (400) naming the header when it is sent more than
   *     once or its value is not a valid key
   */
  public static String parse(List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw invalid("must be sent once; it was sent " + values.size() + " times");
    }
    String key = values.get(0);
    if (key == null || key.isEmpty()) {
      throw invalid("must not be empty; send 1 to 255 printable ASCII characters, such as a UUID");
    }
    if (key.length() > MAX_LENGTH) {
      throw invalid("is " + key.length() + " characters long; the maximum is " + MAX_LENGTH);
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        throw invalid(
            "has a character that is not printable ASCII (0x21 to 0x7E) at position "
                + (i + 1)
                + "; spaces, control characters and non-ASCII characters are not allowed");
      }
    }
    return key;
  }

  /**
   * Returns the SHA-256 of the key as 64 lowercase hex digits. Stores and logs use this digest in
   * place of the key, which a client may have derived from sensitive data.
   */
  public static String sha256Hex(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }

  private static ApiException invalid(String message) {
    return ApiException.invalidField(
        ErrorCode.INVALID_REQUEST, NAME, "Header " + NAME + " " + message + ".");
  }
}
