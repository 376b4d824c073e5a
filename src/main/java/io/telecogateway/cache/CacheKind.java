package io.telecogateway.cache;

import io.telecogateway.upstream.UpstreamProvider;
import io.telecogateway.upstream.UpstreamRateCenter;
import io.telecogateway.upstream.UpstreamState;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of cached reference data, each with its own TTL and Quarkus cache. */
public enum CacheKind {
  STATES("states", UpstreamState.class),
  RATE_CENTERS("rate-centers", UpstreamRateCenter.class),
  PROVIDERS("providers", UpstreamProvider.class);

  private final String id;
  private final Class<?> itemType;

  CacheKind(String id, Class<?> itemType) {
    this.id = id;
    this.itemType = itemType;
  }

  /**
   * Returns the kind's name in configuration keys, Redis keys, metric tags, the Quarkus cache name
   * and the invalidation path, such as {@code rate-centers}.
   */
  public String id() {
    return id;
  }

  /** Returns the upstream record type of the cached list's items. */
  Class<?> itemType() {
    return itemType;
  }

  /** Finds the kind whose {@link #id()} is {@code id}. */
  public static Optional<CacheKind> byId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
  }
}
