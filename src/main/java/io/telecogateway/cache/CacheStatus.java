package io.telecogateway.cache;

import java.time.Duration;
import java.time.Instant;

/**
 * How a cached list was served, and the response headers that report it: {@code Cache-Control},
 * {@code Age} and {@code Cache-Status} (RFC 9211).
 *
 * @param fetchedAt when the served list was fetched from Teleco
 * @param ttl the kind's freshness lifetime
 * @param servedAt when the response is sent
 * @param stored whether the list fetched for this request was stored (false for hits and stale
 *     serves, which store nothing)
 * @param collapsed whether this request waited for another request's call to Teleco
 * @param forwardStatus for a stale serve, Teleco's HTTP status, or the status the gateway would
 *     have returned when no response arrived; 0 otherwise
 * @param detail an RFC 9211 {@code detail} token, such as {@code upstream_timeout}, or null
 */
public record CacheStatus(
    CacheOutcome outcome,
    Instant fetchedAt,
    Duration ttl,
    Instant servedAt,
    boolean stored,
    boolean collapsed,
    int forwardStatus,
    String detail) {

  /** The identifier of the gateway's cache in {@code Cache-Status}. */
  public static final String CACHE_NAME = "teleco-gateway";

  static CacheStatus hit(CacheEntry entry, Duration ttl, Instant now) {
    return new CacheStatus(CacheOutcome.HIT, entry.fetchedAt(), ttl, now, false, false, 0, null);
  }

  /** Returns the seconds since the list was fetched, rounded down and never negative. */
  public long ageSeconds() {
    return Math.max(0, Duration.between(fetchedAt, servedAt).toSeconds());
  }

  /** Returns the freshness lifetime in whole seconds, the {@code max-age} directive. */
  public long maxAgeSeconds() {
    return ttl.toSeconds();
  }

  /**
   * Returns the remaining freshness lifetime in seconds, {@code max-age} minus {@code Age}: the
   * value a client computes from the two headers (RFC 9111, section 4.2). Negative when stale.
   */
  public long remainingSeconds() {
    return maxAgeSeconds() - ageSeconds();
  }

  /**
   * Returns the {@code Cache-Control} value. The list belongs to one Teleco account, so shared
   * caches must not store it. {@code max-age} is the whole lifetime, because the client subtracts
   * {@code Age} from it.
   */
  public String cacheControl() {
    return "private, max-age=" + maxAgeSeconds();
  }

  /**
   * Returns the {@code Cache-Status} value: {@code hit} for a fresh entry, {@code fwd=miss} when
   * there was none, {@code fwd=stale} when the entry had expired, with {@code fwd-status} and a
   * negative {@code ttl} when it was served anyway because Teleco failed.
   */
  public String cacheStatus() {
    StringBuilder value = new StringBuilder(CACHE_NAME);
    switch (outcome) {
      case HIT -> value.append("; hit; ttl=").append(remainingSeconds());
      case MISS, REFRESH -> {
        value.append(outcome == CacheOutcome.MISS ? "; fwd=miss" : "; fwd=stale");
        if (collapsed) {
          value.append("; collapsed");
        }
        if (stored) {
          value.append("; stored; ttl=").append(remainingSeconds());
        }
      }
      case STALE ->
          value
              .append("; fwd=stale; fwd-status=")
              .append(forwardStatus)
              .append("; ttl=")
              .append(remainingSeconds());
    }
    if (detail != null) {
      value.append("; detail=").append(detail);
    }
    return value.toString();
  }
}
