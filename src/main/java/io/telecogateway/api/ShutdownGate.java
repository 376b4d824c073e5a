package io.telecogateway.api;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.ProblemResponses;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects new {@code /v1} requests with 503 {@code shutting_down} once the gateway has been asked
 * to stop and {@code quarkus.shutdown.delay} has passed, so that callers retry on another replica
 * while requests already running, such as a batch, finish. Quarkus itself keeps serving new
 * requests until it stops, adding only {@code Connection: close}.
 *
 * <p>During the delay readiness is already DOWN but requests are still served, because load
 * balancers take a few seconds to notice and keep sending requests meanwhile.
 */
@Singleton
public class ShutdownGate {

  private static final Logger LOG = Logger.getLogger(ShutdownGate.class);

  private final Duration delay;
  private volatile long rejectFromNanos = Long.MAX_VALUE;

  public ShutdownGate(@ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
    this.delay = delay.orElse(Duration.ZERO);
  }

  void onShutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
    rejectFromNanos = System.nanoTime() + delay.toNanos();
    LOG.infof(
        "Shutdown requested: readiness is DOWN; new /v1 requests are served for %d ms more, then"
            + " rejected with 503",
        delay.toMillis());
  }

  /** Runs right after the request id is assigned, before authentication. */
  @ServerRequestFilter(priority = 1)
  public Response rejectWhenStopping(ContainerRequestContext request) {
    if (rejectFromNanos == Long.MAX_VALUE || System.nanoTime() - rejectFromNanos < 0) {
      return null;
    }
    if (!request.getUriInfo().getPath().startsWith("/v1")) {
      return null;
    }
    return ProblemResponses.of(
        ErrorCode.SHUTTING_DOWN,
        503,
        "This gateway replica is shutting down; retry the request, which another replica will"
            + " serve.",
        List.of(),
        Map.of(HttpHeaders.RETRY_AFTER, "1", "Connection", "close"));
  }
}
