package io.telecogateway.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A cache clock that moves only when a test advances it. Enabled by {@link CacheProfile}; plain
 * unit tests create it directly.
 */
@Alternative
@ApplicationScoped
public class ManualCacheClock implements CacheClock {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-03-01T00:00:00Z"));

  @Override
  public Instant now() {
    return now.get();
  }

  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }
}
