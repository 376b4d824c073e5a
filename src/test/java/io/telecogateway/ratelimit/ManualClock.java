package io.telecogateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when a test advances it. Enabled as the rate-limit clock by {@link
 * ManualClockProfile}; plain unit tests create it directly.
 */
@Alternative
@ApplicationScoped
public class ManualClock implements RateLimitClock {

  // Starts far from zero, as System.nanoTime() may.
  private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

  @Override
  public long currentTimeNanos() {
    return nanos.get();
  }

  public void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
