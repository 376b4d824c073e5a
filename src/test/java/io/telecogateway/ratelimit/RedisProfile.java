package io.telecogateway.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.telecogateway.testsupport.RedisServerResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the gateway with the Redis state backend on a {@link RedisServerResource}, falling back to
 * local buckets when Redis fails ({@link Allow} and {@link Deny} choose the other policies). The
 * Redis store uses the server's clock, so the rate is slow enough (one token per 20 s) that no
 * token comes back while the tests run.
 */
public class RedisProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.put(ProbeResources.ENABLED_PROPERTY, "true");
    config.put("gateway.rate-limit.requests-per-second", "0.05");
    config.put("gateway.rate-limit.burst", "3");
    config.put("gateway.rate-limit.on-store-failure", onStoreFailure());
    // A cold JVM on a busy machine can take longer than the default for its first decisions.
    config.put("gateway.rate-limit.store-timeout", "3s");
    ManualClockProfile.tenant(config, "acme");
    ManualClockProfile.tenant(config, "globex");
    return config;
  }

  /** The value of {@code gateway.rate-limit.on-store-failure}. */
  String onStoreFailure() {
    return "local";
  }

  /** The same, admitting calls unchecked when Redis fails. */
  public static class Allow extends RedisProfile {
    @Override
    String onStoreFailure() {
      return "allow";
    }
  }

  /** The same, rejecting calls when Redis fails. */
  public static class Deny extends RedisProfile {
    @Override
    String onStoreFailure() {
      return "deny";
    }
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(RedisServerResource.class));
  }
}
