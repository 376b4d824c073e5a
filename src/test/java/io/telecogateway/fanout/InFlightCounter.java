package io.telecogateway.fanout;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests WireMock is serving at the same time, and keeps the largest count seen.
 *
 * <p>It applies only to stubs that name it ({@code withTransformers(InFlightCounter.NAME)}). Such a
 * stub's fixed delay is spent here, inside the count, and the response then goes out without it. So
 * the count drops before the response leaves: the client may start its next request as soon as it
 * reads a response, and that request must not overlap, in the count, the one it replaces.
 */
public class InFlightCounter implements ResponseDefinitionTransformerV2 {

  static final String NAME = "in-flight-counter";

  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger max = new AtomicInteger();

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ResponseDefinition response = serveEvent.getResponseDefinition();
    Integer delay = response.getFixedDelayMilliseconds();
    int now = current.incrementAndGet();
    max.accumulateAndGet(now, Math::max);
    try {
      if (delay != null && delay > 0) {
        Thread.sleep(delay);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      current.decrementAndGet();
    }
    return ResponseDefinitionBuilder.like(response).withFixedDelay(null).build();
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
