package io.telecogateway.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Caller keys in the form {@code gateway.tenants.*.caller-key-hashes} takes. */
public final class CallerKeys {

  private CallerKeys() {}

  /** Returns {@code sha256:} and the lower-case hex SHA-256 of the key's UTF-8 bytes. */
  public static String hash(String callerKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(callerKey.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
