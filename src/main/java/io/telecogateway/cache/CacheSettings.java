package io.telecogateway.cache;

import io.telecogateway.config.GatewayConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cache's timings, read from {@code gateway.cache.*} and checked once at start-up.
 *
 * @param ttls how long an entry of each kind is served without asking Teleco again
 * @param maxStale how long past its TTL an entry may be served while Teleco fails; zero turns stale
 *     serving off
 * @param storeTimeout the longest a Redis command may take before it counts as failed
 * @param maxEntries the memory backend's maximum entries per kind
 */
public record CacheSettings(
    Map<CacheKind, Duration> ttls, Duration maxStale, Duration storeTimeout, long maxEntries) {

  public CacheSettings {
    ttls = Map.copyOf(ttls);
    for (CacheKind kind : CacheKind.values()) {
      if (!ttls.containsKey(kind)) {
        throw new IllegalArgumentException("No TTL is given for " + kind.id());
      }
    }
  }

  /**
   * Reads and checks the configuration.
   *
   * @throws IllegalStateException naming every invalid key
   */
  public static CacheSettings from(GatewayConfig.CacheConfig config) {
    Map<CacheKind, Duration> ttls = new EnumMap<>(CacheKind.class);
    ttls.put(CacheKind.STATES, config.states().ttl());
    ttls.put(CacheKind.RATE_CENTERS, config.rateCenters().ttl());
    ttls.put(CacheKind.PROVIDERS, config.providers().ttl());
    List<String> errors = new ArrayList<>();
    ttls.forEach(
        (kind, ttl) -> {
          if (ttl.isNegative() || ttl.toSeconds() < 1) {
            errors.add(
                "gateway.cache." + kind.id() + ".ttl must be at least 1s, such as 24h or 5m");
          }
        });
    if (config.maxStale().isNegative()) {
      errors.add("gateway.cache.max-stale must be 0 or more, such as 7d");
    }
    if (config.storeTimeout().isNegative() || config.storeTimeout().isZero()) {
      errors.add("gateway.cache.store-timeout must be positive, such as 500ms");
    }
    if (config.maxEntries() < 1) {
      errors.add("gateway.cache.max-entries must be at least 1");
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "Invalid cache configuration:\n  - " + String.join("\n  - ", errors));
    }
    return new CacheSettings(ttls, config.maxStale(), config.storeTimeout(), config.maxEntries());
  }

  public Duration ttl(CacheKind kind) {
    return ttls.get(kind);
  }

  /** Returns how long a store keeps an entry of the kind: its TTL plus the max-stale period. */
  public Duration retention(CacheKind kind) {
    return ttl(kind).plus(maxStale);
  }
}
