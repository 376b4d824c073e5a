package io.telecogateway.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/** Lets one warning through per interval and counts the ones it suppresses. */
final class WarningThrottle {

  private final Duration interval;
  private final CacheClock clock;
  private Instant nextAllowed = Instant.MIN;
  private long suppressed;

  WarningThrottle(Duration interval, CacheClock clock) {
    this.interval = interval;
    this.clock = clock;
  }

  /**
   * Returns the number of warnings suppressed since the last one let through when this one may be
   * logged, or empty when it must be dropped.
   */
  synchronized OptionalLong permit() {
    Instant now = clock.now();
    if (now.isBefore(nextAllowed)) {
      suppressed++;
      return OptionalLong.empty();
    }
    nextAllowed = now.plus(interval);
    long count = suppressed;
    suppressed = 0;
    return OptionalLong.of(count);
  }
}
