package io.telecogateway.cache;

import java.time.Instant;
import java.util.List;

/**
 * One cached list and the time it was fetched from Teleco. The fetch time is wall-clock time, so
 * that replicas sharing a Redis store agree on an entry's age.
 *
 * @param items upstream records of the key's {@link CacheKind#itemType()}, unmodifiable, as {@link
 *     EntryItems} so that a value derived from them is kept with the entry
 */
public record CacheEntry(List<?> items, Instant fetchedAt) {

  public CacheEntry {
    items = new EntryItems<>(items);
  }
}
