package io.telecogateway.fanout;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests WireMock is serving at the same time, from their arrival until their response
 * is sent, and keeps the largest count seen.
 */
public class InFlightCounter implements ServeEventListener {

  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger max = new AtomicInteger();

  @Override
  public String getName() {
    return "in-flight-counter";
  }

  @Override
  public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
    int now = current.incrementAndGet();
    max.accumulateAndGet(now, Math::max);
  }

  @Override
  public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
    current.decrementAndGet();
  }

  public int max() {
    return max.get();
  }

  /** Starts a new measurement; call it when no request is in flight. */
  public void reset() {
    current.set(0);
    max.set(0);
  }
}
