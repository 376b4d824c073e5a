package io.telecogateway.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cache's meters, tagged with the cache kind only, never with an account or a state:
 *
 * <ul>
 *   <li>{@code gateway_cache_requests_total{cache,result}}: requests by result, {@code hit}, {@code
 *       miss} (Teleco was called and responded), {@code stale} (served past the TTL because Teleco
 *       failed) or {@code error} (Teleco failed and no entry could be served);
 *   <li>{@code gateway_cache_load_seconds{cache}}: the duration of each call to Teleco, failed or
 *       not;
 *   <li>{@code gateway_cache_store_failures_total{cache}}: Redis reads and writes that failed or
 *       timed out.
 * </ul>
 */
final class CacheMetrics {

  static final List<String> RESULTS = List.of("hit", "miss", "stale", "error");

  private final Map<CacheKind, Map<String, Counter>> requests = new EnumMap<>(CacheKind.class);
  private final Map<CacheKind, Timer> loads = new EnumMap<>(CacheKind.class);
  private final Map<CacheKind, Counter> storeFailures = new EnumMap<>(CacheKind.class);

  /** Registers every meter at once, so that each series exists from the start with 0. */
  CacheMetrics(MeterRegistry registry) {
    for (CacheKind kind : CacheKind.values()) {
      Map<String, Counter> byResult = new HashMap<>();
      for (String result : RESULTS) {
        byResult.put(
            result,
            Counter.builder("gateway.cache.requests")
                .description("Requests for cached reference data, by result")
                .tag("cache", kind.id())
                .tag("result", result)
                .register(registry));
      }
      requests.put(kind, Map.copyOf(byResult));
      loads.put(
          kind,
          Timer.builder("gateway.cache.load")
              .description("Calls to Teleco that load cached reference data")
              .tag("cache", kind.id())
              .register(registry));
      storeFailures.put(
          kind,
          Counter.builder("gateway.cache.store.failures")
              .description("Cache store reads and writes that failed or timed out")
              .tag("cache", kind.id())
              .register(registry));
    }
  }

  void request(CacheKind kind, String result) {
    requests.get(kind).get(result).increment();
  }

  Timer load(CacheKind kind) {
    return loads.get(kind);
  }

  void storeFailure(CacheKind kind) {
    storeFailures.get(kind).increment();
  }
}
