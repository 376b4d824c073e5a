package io.telecogateway.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** The username and api key of an {@code Authorization: Basic} header. */
record BasicCredentials(String username, String apiKey) {

  /** Signals a missing or malformed header. The message states what is wrong with it. */
  static final class MalformedException extends Exception {
    MalformedException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Decodes {@code base64(username ":" api_key)} as UTF-8. Only the first colon separates the
   * username from the key, so the key may contain colons. Bytes that are not valid UTF-8 (such as
   * an ISO-8859-1 encoded key) are rejected rather than replaced.
   */
  static BasicCredentials parse(String header) throws MalformedException {
    if (header == null) {
      throw new MalformedException(
          "The Authorization header is missing; send Basic credentials with the username and api"
              + " key");
    }
    int space = header.indexOf(' ');
    if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
      throw new MalformedException("The Authorization header must use the Basic scheme");
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(header.substring(space + 1).trim());
    } catch (IllegalArgumentException e) {
      throw new MalformedException("The Basic credentials are not valid Base64");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(decoded))
              .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedException("The Basic credentials are not valid UTF-8");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new MalformedException(
          "The Basic credentials contain no colon between the username and the api key");
    }
    return new BasicCredentials(text.substring(0, colon), text.substring(colon + 1));
  }
}
