package io.telecogateway.cache;

/** The way the cache produced a response. */
public enum CacheOutcome {
  /** A fresh entry was served without calling Teleco. */
  HIT("hit"),
  /** There was no entry: Teleco was called and its list served (and stored). */
  MISS("miss"),
  /** The entry had expired: Teleco was called and its new list served (and stored). */
  REFRESH("miss"),
  /** The entry had expired and the call to Teleco failed: the old entry was served. */
  STALE("stale");

  private final String metricResult;

  CacheOutcome(String metricResult) {
    this.metricResult = metricResult;
  }

  /** Returns the {@code result} tag of {@code gateway_cache_requests_total}. */
  String metricResult() {
    return metricResult;
  }
}
