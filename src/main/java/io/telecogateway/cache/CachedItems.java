package io.telecogateway.cache;

import java.util.List;
import java.util.function.Function;

/** A cached list of upstream records and how it was served. */
public record CachedItems<T>(List<T> items, CacheStatus status) {

  /**
   * Returns {@code derive} applied to the items, such as a response body built from them. For an
   * entry held in memory it is computed once and reused by every request the entry serves, so a
   * kind of list must always be derived the same way, because the first result is the one kept.
   * Entries read from Redis are new on every read, so theirs is computed on every call.
   */
  public <R> R derived(Function<? super List<T>, R> derive) {
    if (items instanceof EntryItems<T> entryItems) {
      return entryItems.derived(derive);
    }
    return derive.apply(items);
  }
}
