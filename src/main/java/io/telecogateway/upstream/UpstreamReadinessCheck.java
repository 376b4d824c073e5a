package io.telecogateway.upstream;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.telecogateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the gateway not ready while the circuit breaker on Teleco is open, with the breaker's
 * state in the check data. Teleco itself is never called by a probe.
 *
 * <p>Once the breaker's delay has passed, the check is UP again even if SmallRye still reports the
 * breaker open, so that the replica gets the trial calls that close the breaker.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadinessCheck implements HealthCheck {

  static final String NAME = "teleco-circuit-breaker";

  private final UpstreamHealth health;
  private final boolean affectsReadiness;

  public UpstreamReadinessCheck(UpstreamHealth health, GatewayConfig config) {
    this.health = health;
    this.affectsReadiness = config.upstream().circuitBreaker().affectsReadiness();
  }

  @Override
  public HealthCheckResponse call() {
    CircuitBreakerState state = health.breakerState();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME).withData("state", state.name().toLowerCase(Locale.ROOT));
    Optional<Duration> untilHalfOpen = health.timeUntilHalfOpen();
    boolean waiting = untilHalfOpen.isPresent() && !untilHalfOpen.get().isZero();
    if (waiting) {
      response.withData("retryAfterSeconds", UpstreamHealth.retryAfterSeconds(untilHalfOpen.get()));
    }
    if (!affectsReadiness) {
      response.withData("affectsReadiness", false);
    }
    return response.status(!waiting || !affectsReadiness).build();
  }
}
