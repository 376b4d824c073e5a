package io.telecogateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

/** {@link System#nanoTime()}, the clock used outside tests. */
@ApplicationScoped
public class SystemRateLimitClock implements RateLimitClock {

  @Override
  public long currentTimeNanos() {
    return System.nanoTime();
  }
}
