package io.telecogateway.cache;

import java.time.Instant;

/**
 * The wall clock of the cache: fetch times, ages and expiry. Tests replace the {@link
 * SystemCacheClock} bean to move time by hand.
 */
public interface CacheClock {

  Instant now();
}
