package io.telecogateway.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Runs the gateway on a {@link ManualClock}, with tenants whose limits are small enough to reach,
 * and with the test-only endpoints of {@link ProbeResources} turned on.
 *
 * <p>Tenants, by caller key: {@code acme-key} and {@code globex-key} get the default 5 per second
 * with a burst of 5; {@code slow-key} gets 0.5 per second with a burst of 2; {@code bulk-key} gets
 * 1 per second with a burst of 10.
 */
public class ManualClockProfile implements QuarkusTestProfile {

  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(ManualClock.class);
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.put(ProbeResources.ENABLED_PROPERTY, "true");
    // Nothing listens on port 1, so the items of an admitted batch fail at once with a refused
    // connection; these tests count the batches that ran, not their outcomes.
    config.put("quarkus.rest-client.teleco.url", "http://127.0.0.1:1");
    config.put("gateway.rate-limit.requests-per-second", "5");
    config.put("gateway.rate-limit.burst", "5");
    tenant(config, "acme");
    tenant(config, "globex");
    tenant(config, "slow");
    config.put("gateway.tenants.slow.rate-limit.requests-per-second", "0.5");
    config.put("gateway.tenants.slow.rate-limit.burst", "2");
    tenant(config, "bulk");
    config.put("gateway.tenants.bulk.rate-limit.requests-per-second", "1");
    config.put("gateway.tenants.bulk.rate-limit.burst", "10");
    return config;
  }

  /** Adds a tenant whose caller key is {@code <name>-key}. */
  static void tenant(Map<String, String> config, String name) {
    String prefix = "gateway.tenants." + name + ".";
    config.put(prefix + "caller-key-hashes", "sha256:" + sha256Hex(name + "-key"));
    config.put(prefix + "teleco.username", name + "-teleco");
    config.put(prefix + "teleco.api-key", name + "-teleco-api-key");
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
