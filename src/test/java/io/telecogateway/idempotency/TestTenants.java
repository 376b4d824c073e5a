package io.telecogateway.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Two tenants, "a" and "b", with their caller keys, as configuration for test profiles. */
final class TestTenants {

  static final String CALLER_KEY_A = "test-caller-key-a";
  static final String CALLER_KEY_B = "test-caller-key-b";

  private TestTenants() {}

  static Map<String, String> config() {
    Map<String, String> config = new HashMap<>();
    config.put("gateway.tenants.\"a\".caller-key-hashes", "sha256:" + sha256Hex(CALLER_KEY_A));
    config.put("gateway.tenants.\"a\".teleco.username", "tenant-a");
    config.put("gateway.tenants.\"a\".teleco.api-key", "test-api-key-a");
    config.put("gateway.tenants.\"b\".caller-key-hashes", "sha256:" + sha256Hex(CALLER_KEY_B));
    config.put("gateway.tenants.\"b\".teleco.username", "tenant-b");
    config.put("gateway.tenants.\"b\".teleco.api-key", "test-api-key-b");
    config.put(IdempotencyTestResource.ENABLED_PROPERTY, "true");
    return config;
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
