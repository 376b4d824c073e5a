package io.telecogateway.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.Startup;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.config.GatewayConfig.State.Backend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Chooses the cache store from {@code gateway.state.backend} at start-up. The Redis client is
 * looked up only in Redis mode, so a gateway with the memory backend never connects to Redis.
 */
@ApplicationScoped
public class CacheStoreProducer {

  private static final Logger LOG = Logger.getLogger(CacheStoreProducer.class);

  @Produces
  @Startup
  @ApplicationScoped
  CacheStore cacheStore(
      GatewayConfig config,
      Instance<ReactiveRedisDataSource> redis,
      @CacheName("states") Cache states,
      @CacheName("rate-centers") Cache rateCenters,
      @CacheName("providers") Cache providers) {
    CacheSettings settings = CacheSettings.from(config.cache());
    String timings =
        String.format(
            "TTL states %s, rate centers %s, providers %s; stale served for up to %s more",
            settings.ttl(CacheKind.STATES),
            settings.ttl(CacheKind.RATE_CENTERS),
            settings.ttl(CacheKind.PROVIDERS),
            settings.maxStale());
    if (config.state().backend() == Backend.REDIS) {
      LOG.infof("Reference data is cached in Redis (%s)", timings);
      return new RedisCacheStore(redis.get(), settings);
    }
    LOG.infof(
        "Reference data is cached in memory, at most %d entries per kind (%s)",
        settings.maxEntries(), timings);
    Map<CacheKind, Cache> caches = new EnumMap<>(CacheKind.class);
    caches.put(CacheKind.STATES, states);
    caches.put(CacheKind.RATE_CENTERS, rateCenters);
    caches.put(CacheKind.PROVIDERS, providers);
    return new MemoryCacheStore(caches, settings);
  }
}
