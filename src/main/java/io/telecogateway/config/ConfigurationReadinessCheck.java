package io.telecogateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the configuration loaded and validated, with the state backend and the number of tenants
 * in the check data. A configuration that fails validation stops the gateway at start-up, so this
 * check is UP whenever it runs. Its data shows an operator which settings the replica runs with.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadinessCheck implements HealthCheck {

  static final String NAME = "configuration";

  private final GatewayConfig config;

  public ConfigurationReadinessCheck(GatewayConfig config) {
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME)
        .up()
        .withData("stateBackend", config.state().backend().name().toLowerCase(Locale.ROOT))
        .withData("tenants", config.tenants().size())
        .build();
  }
}
