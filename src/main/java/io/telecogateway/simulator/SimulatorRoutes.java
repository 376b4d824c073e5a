package io.telecogateway.simulator;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Mounts the embedded Teleco.IO simulator on the application's HTTP server when {@code
 * gateway.simulator.enabled} is true: the provider's calls under {@code /api} and the control
 * endpoints under {@code /simulator}. The simulator shares no code with the gateway, so that it
 * does not repeat the gateway's reading of the provider's API.
 */
@ApplicationScoped
public class SimulatorRoutes {

  private static final Logger LOG = Logger.getLogger(SimulatorRoutes.class);

  /** Maximum request body size in bytes. The Vert.x body handler rejects a larger body with 413. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  @ConfigProperty(name = "gateway.simulator.enabled", defaultValue = "false")
  boolean enabled;

  void init(@Observes Router router) {
    if (!enabled) {
      return;
    }
    Simulator simulator = new Simulator();
    BodyHandler bodies = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);

    router.route("/api/*").handler(bodies).handler(new ApiDispatcher(simulator));
    router.route("/simulator/*").handler(bodies).handler(new ControlDispatcher(simulator));
    LOG.info("Teleco.IO simulator enabled on /api and /simulator");
  }
}
