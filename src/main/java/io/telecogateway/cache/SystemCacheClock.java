package io.telecogateway.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** {@link Instant#now()}, the clock used outside tests. */
@ApplicationScoped
public class SystemCacheClock implements CacheClock {

  @Override
  public Instant now() {
    return Instant.now();
  }
}
