package io.telecogateway.upstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The circuit breaker on Teleco, named {@value #BREAKER_NAME}, and its state for readiness checks
 * and metrics. Every attempt of every call to Teleco goes through this one breaker, because all of
 * them reach the same upstream. It counts only upstream faults (see {@link
 * UpstreamFaults#isUpstreamFault}); while it is open, calls fail at once with 503 {@code
 * upstream_unavailable} and {@code Retry-After}.
 *
 * <p>Publishes the gauge {@code gateway_upstream_breaker_state} (0 closed, 1 half-open, 2 open) and
 * the counter {@code gateway_upstream_breaker_transitions_total{to}}, and logs every transition:
 * WARN on opening, INFO on half-opening and closing.
 */
@Startup
@ApplicationScoped
public class UpstreamHealth {

  /** The breaker's name in SmallRye's {@link CircuitBreakerMaintenance}. */
  public static final String BREAKER_NAME = "teleco";

  private static final Logger LOG = Logger.getLogger(UpstreamHealth.class);

  private final GatewayConfig.CircuitBreaker config;
  private final CircuitBreakerMaintenance maintenance;
  private final TypedGuard<Uni<Object>> breaker;
  private final Map<CircuitBreakerState, Counter> transitions =
      new EnumMap<>(CircuitBreakerState.class);
  private volatile long openedAtNanos;

  UpstreamHealth(
      GatewayConfig config, CircuitBreakerMaintenance maintenance, MeterRegistry registry) {
    this.config = config.upstream().circuitBreaker();
    this.maintenance = maintenance;
    if (this.config.delay().isNegative()) {
      throw new IllegalArgumentException(
          "gateway.upstream.circuit-breaker.delay must not be negative, got "
              + this.config.delay());
    }
    for (CircuitBreakerState state : CircuitBreakerState.values()) {
      transitions.put(
          state,
          Counter.builder("gateway.upstream.breaker.transitions")
              .description("Transitions of the circuit breaker on Teleco, by target state")
              .tag("to", state.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
    Gauge.builder("gateway.upstream.breaker.state", this, UpstreamHealth::stateCode)
        .description("State of the circuit breaker on Teleco: 0 closed, 1 half-open, 2 open")
        .register(registry);
    this.breaker =
        TypedGuard.create(new TypeLiteral<Uni<Object>>() {})
            .withDescription(BREAKER_NAME)
            .withCircuitBreaker()
            .name(BREAKER_NAME)
            .when(UpstreamFaults::isUpstreamFault)
            .failureRatio(this.config.failureRatio())
            .requestVolumeThreshold(this.config.requestVolumeThreshold())
            .delay(this.config.delay().toMillis(), ChronoUnit.MILLIS)
            .successThreshold(this.config.successThreshold())
            .onStateChange(this::onTransition)
            .done()
            .build();
  }

  /** Returns the breaker's current state. */
  public CircuitBreakerState breakerState() {
    return maintenance.currentState(BREAKER_NAME);
  }

  /**
   * Returns how long the open breaker keeps failing calls before it lets trial calls through, or
   * empty when it is not open.
   */
  public Optional<Duration> timeUntilHalfOpen() {
    if (breakerState() != CircuitBreakerState.OPEN) {
      return Optional.empty();
    }
    long remaining = openedAtNanos + config.delay().toNanos() - System.nanoTime();
    return Optional.of(Duration.ofNanos(Math.max(0, remaining)));
  }

  /**
   * Returns the {@code Retry-After} value for a call that the breaker stopped: whole seconds until
   * it half-opens, rounded up, and at least 1, also while it is half-open.
   */
  long retryAfterSeconds() {
    return retryAfterSeconds(timeUntilHalfOpen().orElse(Duration.ZERO));
  }

  static long retryAfterSeconds(Duration remaining) {
    long nanos = remaining.toNanos();
    long perSecond = TimeUnit.SECONDS.toNanos(1);
    return Math.max(1, nanos / perSecond + (nanos % perSecond > 0 ? 1 : 0));
  }

  /**
   * Runs one attempt under the breaker. The attempt fails with SmallRye's {@code
   * CircuitBreakerOpenException}, without running, while the breaker is open.
   */
  @SuppressWarnings("unchecked")
  <T> Uni<T> guard(Supplier<Uni<T>> attempt) {
    Uni<Object> guarded = breaker.get(() -> (Uni<Object>) (Uni<?>) attempt.get());
    return (Uni<T>) (Uni<?>) guarded;
  }

  private void onTransition(CircuitBreakerState state) {
    transitions.get(state).increment();
    switch (state) {
      case OPEN -> {
        openedAtNanos = System.nanoTime();
        LOG.warnf(
            "Circuit breaker %s opened: Teleco failed at least %.0f%% of the last %d attempts, so"
                + " calls fail at once for %d ms",
            BREAKER_NAME,
            config.failureRatio() * 100,
            config.requestVolumeThreshold(),
            config.delay().toMillis());
      }
      case HALF_OPEN ->
          LOG.infof(
              "Circuit breaker %s half-opened: up to %d trial calls go to Teleco",
              BREAKER_NAME, config.successThreshold());
      case CLOSED -> LOG.infof("Circuit breaker %s closed: calls go to Teleco again", BREAKER_NAME);
    }
  }

  private static double stateCode(UpstreamHealth health) {
    return switch (health.breakerState()) {
      case CLOSED -> 0;
      case HALF_OPEN -> 1;
      case OPEN -> 2;
    };
  }
}
