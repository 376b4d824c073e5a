package io.telecogateway.idempotency;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.telecogateway.testsupport.RedisServer;
import io.telecogateway.testsupport.RedisServerResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test profiles for the idempotency tests, one per backend and setting. */
final class IdempotencyProfiles {

  private IdempotencyProfiles() {}

  /** The memory backend, with a Redis address that records any connection. */
  public static class Memory implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = TestTenants.config();
      config.put("gateway.state.backend", "memory");
      return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(RedisConnectionRecorder.class));
    }
  }

  /** The Redis backend, on a throwaway redis-server. */
  public static class Redis implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return TestTenants.config();
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(RedisServerResource.class));
    }
  }

  /** The memory backend with a one-second TTL. */
  public static class MemoryShortTtl extends Memory {

    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>(super.getConfigOverrides());
      config.put("gateway.idempotency.ttl", "1s");
      return config;
    }
  }

  /** The Redis backend with a one-second TTL. */
  public static class RedisShortTtl extends Redis {

    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>(super.getConfigOverrides());
      config.put("gateway.idempotency.ttl", "1s");
      return config;
    }
  }

  /** The Redis backend pointed at a loopback port where nothing listens. */
  public static class RedisUnreachable implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = TestTenants.config();
      config.put("gateway.state.backend", "redis");
      config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + RedisServer.unusedPort());
      return config;
    }
  }
}
