package io.telecogateway.cache;

import java.util.List;

/** A cached list of upstream records and how it was served. */
public record CachedItems<T>(List<T> items, CacheStatus status) {}
