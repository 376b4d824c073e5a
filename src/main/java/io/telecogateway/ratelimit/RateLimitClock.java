package io.telecogateway.ratelimit;

import io.github.bucket4j.TimeMeter;

/**
 * The monotonic time source of the in-memory buckets and of the store-failure warnings. Tests
 * replace the {@link SystemRateLimitClock} bean to move time by hand.
 */
public interface RateLimitClock extends TimeMeter {

  @Override
  default boolean isWallClockBased() {
    return false;
  }
}
