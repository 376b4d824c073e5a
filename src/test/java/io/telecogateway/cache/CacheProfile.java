package io.telecogateway.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.telecogateway.testsupport.RedisServerResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the gateway on a {@link ManualCacheClock} against {@link CacheWireMock}, with the default
 * cache TTLs (states and rate centers 24h, providers 5m, max-stale 7d) and the memory backend.
 * {@link Redis} uses a Redis server instead.
 *
 * <p>Tenants, by caller key: {@code acme-key} and {@code acme-ops-key} share the Teleco account
 * {@code acme-teleco}; {@code globex-key} uses {@code globex-teleco}. The operator key is {@code
 * operator-key}.
 */
public class CacheProfile implements QuarkusTestProfile {

  /**
   * The REST client's read timeout: short, so that a delayed WireMock response times out fast, but
   * long enough for the first calls of a cold JVM on a busy machine.
   */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

  /** A WireMock delay that is sure to exceed {@link #READ_TIMEOUT}. */
  static final int PAST_READ_TIMEOUT_MILLIS = (int) READ_TIMEOUT.toMillis() + 1000;

  static final String ACME_KEY = "acme-key";
  static final String ACME_OPS_KEY = "acme-ops-key";
  static final String GLOBEX_KEY = "globex-key";
  static final String ACME_ACCOUNT = "acme-teleco";
  static final String ACME_API_KEY = "acme-teleco-api-key";
  static final String GLOBEX_ACCOUNT = "globex-teleco";
  static final String GLOBEX_API_KEY = "globex-teleco-api-key";
  static final String OPERATOR_KEY = "operator-key";

  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(ManualCacheClock.class);
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    // High enough that no test is rate-limited, fifty concurrent requests included.
    config.put("gateway.rate-limit.requests-per-second", "10000");
    config.put("gateway.rate-limit.burst", "10000");
    config.put("gateway.admin.key-hashes", sha256(OPERATOR_KEY));
    tenant(config, "acme", ACME_KEY, ACME_ACCOUNT, ACME_API_KEY);
    tenant(config, "acme-ops", ACME_OPS_KEY, ACME_ACCOUNT, ACME_API_KEY);
    tenant(config, "globex", GLOBEX_KEY, GLOBEX_ACCOUNT, GLOBEX_API_KEY);
    return config;
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(CacheWireMock.class));
  }

  private static void tenant(
      Map<String, String> config, String name, String callerKey, String account, String apiKey) {
    String prefix = "gateway.tenants.\"" + name + "\".";
    config.put(prefix + "caller-key-hashes", sha256(callerKey));
    config.put(prefix + "teleco.username", account);
    config.put(prefix + "teleco.api-key", apiKey);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return "sha256:"
          + HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }

  /** The same, with the Redis backend on a throwaway {@code redis-server}. */
  public static class Redis extends CacheProfile {

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(CacheWireMock.class),
          new TestResourceEntry(RedisServerResource.class));
    }
  }

  /**
   * The same, with the Redis backend pointed at a loopback port where nothing listens, so every
   * store command fails.
   */
  public static class UnreachableRedis extends CacheProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>(super.getConfigOverrides());
      config.put("gateway.state.backend", "redis");
      config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + ClosedPort.PORT);
      return config;
    }
  }
}
