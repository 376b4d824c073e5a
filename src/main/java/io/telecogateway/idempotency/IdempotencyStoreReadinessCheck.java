package io.telecogateway.idempotency;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Reports the gateway not ready while its idempotency store cannot serve requests, which happens
 * only with the Redis backend: without the store, keyed writes fail with 500. The memory backend is
 * always ready and never contacts Redis.
 */
@Readiness
@ApplicationScoped
public class IdempotencyStoreReadinessCheck implements AsyncHealthCheck {

  static final String NAME = "idempotency-store";

  private static final Logger LOG = Logger.getLogger(IdempotencyStoreReadinessCheck.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final IdempotencyStore store;
  private final String backend;

  public IdempotencyStoreReadinessCheck(IdempotencyStore store, GatewayConfig config) {
    this.store = store;
    this.backend = config.state().backend().name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return store
        .ping()
        .ifNoItem()
        .after(TIMEOUT)
        .fail()
        .map(ok -> HealthCheckResponse.named(NAME).up().withData("backend", backend).build())
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warnf("The idempotency store (%s) is not reachable: %s", backend, e.toString());
              return HealthCheckResponse.named(NAME).down().withData("backend", backend).build();
            });
  }
}
