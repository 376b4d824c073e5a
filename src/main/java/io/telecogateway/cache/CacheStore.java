package io.telecogateway.cache;

import io.smallrye.mutiny.Uni;

/**
 * The storage of cached lists: this replica's memory, or Redis shared by every replica. A store
 * only keeps entries; {@link ReferenceDataCache} decides whether one is fresh, stale or too old. A
 * store keeps each entry for at least its kind's TTL plus {@code gateway.cache.max-stale}.
 */
public interface CacheStore {

  /** Emits the entry stored under the key, or null when there is none. */
  Uni<CacheEntry> get(CacheKey key);

  /** Stores the entry under the key, replacing any other. */
  Uni<Void> put(CacheKey key, CacheEntry entry);

  /** Removes the entry stored under the key, if any. */
  Uni<Void> remove(CacheKey key);

  /** Removes every entry of a kind, for every account. */
  Uni<Void> clear(CacheKind kind);
}
