package io.telecogateway.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Entries in this replica's memory: one Quarkus Caffeine cache per kind, used through the
 * programmatic API. The annotations ({@code @CacheResult}) cannot serve an entry after its TTL
 * while a refresh fails, so expiry decisions are made by {@link ReferenceDataCache}; Caffeine's
 * write expiry (TTL plus max-stale) and size bound only reclaim memory.
 */
final class MemoryCacheStore implements CacheStore {

  private final Map<CacheKind, CaffeineCache> caches = new EnumMap<>(CacheKind.class);

  /**
   * @param caches the Quarkus cache of each kind, created with an expire-after-write and a maximum
   *     size so that both can be set here
   */
  MemoryCacheStore(Map<CacheKind, Cache> caches, CacheSettings settings) {
    for (CacheKind kind : CacheKind.values()) {
      CaffeineCache cache = caches.get(kind).as(CaffeineCache.class);
      cache.setExpireAfterWrite(settings.retention(kind));
      cache.setMaximumSize(settings.maxEntries());
      this.caches.put(kind, cache);
    }
  }

  @Override
  public Uni<CacheEntry> get(CacheKey key) {
    CompletableFuture<CacheEntry> entry = caches.get(key.kind()).getIfPresent(key);
    return entry == null ? Uni.createFrom().nullItem() : Uni.createFrom().completionStage(entry);
  }

  @Override
  public Uni<Void> put(CacheKey key, CacheEntry entry) {
    caches.get(key.kind()).put(key, CompletableFuture.completedFuture(entry));
    return Uni.createFrom().voidItem();
  }

  @Override
  public Uni<Void> remove(CacheKey key) {
    return caches.get(key.kind()).invalidate(key);
  }

  @Override
  public Uni<Void> clear(CacheKind kind) {
    return caches.get(kind).invalidateAll();
  }
}
