package io.telecogateway.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One cached list and the time it was fetched from Teleco. The fetch time is wall-clock time, so
 * that replicas sharing a Redis store agree on an entry's age.
 *
 * @param items upstream records of the key's {@link CacheKind#itemType()}, unmodifiable
 */
public record CacheEntry(List<?> items, Instant fetchedAt) {

  public CacheEntry {
    // Not List.copyOf, which rejects null elements that a Teleco list may contain.
    items = Collections.unmodifiableList(new ArrayList<>(items));
  }
}
