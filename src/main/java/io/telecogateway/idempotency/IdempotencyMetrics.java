package io.telecogateway.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The counter {@code gateway_idempotency_requests_total{outcome}}: keyed {@code POST} requests by
 * what the key did. Every outcome is registered at start-up, so each series exists from the start.
 */
@Singleton
public class IdempotencyMetrics {

  /** The effect of an {@code Idempotency-Key} on a request. */
  enum Outcome {
    /** The key was free, so the request ran and its response is stored. */
    CLAIMED,
    /** The key held a stored response, which was sent again without running the request. */
    REPLAYED,
    /** The key was used before for another request: 422. */
    KEY_REUSED,
    /** The first request with the key was still running: 409. */
    IN_PROGRESS,
    /** The idempotency store failed, so the request was not run: 500. */
    STORE_FAILED
  }

  private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

  public IdempotencyMetrics(MeterRegistry registry) {
    for (Outcome outcome : Outcome.values()) {
      counters.put(
          outcome,
          Counter.builder("gateway.idempotency.requests")
              .description("POST requests with an Idempotency-Key, by what the key did")
              .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
  }

  void record(Outcome outcome) {
    counters.get(outcome).increment();
  }
}
