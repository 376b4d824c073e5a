package io.telecogateway.ratelimit;

/**
 * A token bucket: {@code burst} tokens of capacity, refilled continuously at {@code
 * requestsPerSecond}. A call spends one token, a batch one per item.
 *
 * <p>On the wire (draft-ietf-httpapi-ratelimit-headers) the bucket is described as a quota of
 * {@code burst} units per window, the window being the time an empty bucket takes to fill, rounded
 * up to whole seconds.
 */
public record RateLimitPolicy(double requestsPerSecond, long burst) {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  public RateLimitPolicy {
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be a positive number, got " + requestsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1, got " + burst);
    }
  }

  /** Returns the time, in nanoseconds, that an empty bucket takes to fill. */
  public long nanosToFill() {
    return Math.max(1, Math.round(burst * (NANOS_PER_SECOND / requestsPerSecond)));
  }

  /** Returns the {@code q} parameter of {@code RateLimit-Policy}: the bucket's capacity. */
  public long quota() {
    return burst;
  }

  /** Returns the {@code w} parameter of {@code RateLimit-Policy}: the fill time in seconds. */
  public long windowSeconds() {
    return secondsRoundedUp(nanosToFill());
  }

  static long secondsRoundedUp(long nanos) {
    return nanos <= 0 ? 0 : Math.floorDiv(nanos - 1, NANOS_PER_SECOND) + 1;
  }
}
