package io.telecogateway.ratelimit;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Test-only {@code /v1} endpoints that count how often they run, turned on by {@link
 * #ENABLED_PROPERTY} so that other test profiles do not serve them.
 */
public final class ProbeResources {

  static final String ENABLED_PROPERTY = "teleco-gateway.test.rate-limit-probes";

  private ProbeResources() {}

  /**
   * Calls that reached an endpoint, by endpoint. A singleton, not application-scoped: the tests
   * read its fields, which a client proxy would not forward.
   */
  @Singleton
  public static class Calls {
    final AtomicInteger probe = new AtomicInteger();
    final AtomicInteger laterFilterAfterCharge = new AtomicInteger();
    final AtomicInteger laterFilterBeforeCharge = new AtomicInteger();

    void reset() {
      probe.set(0);
      laterFilterAfterCharge.set(0);
      laterFilterBeforeCharge.set(0);
    }
  }

  @IfBuildProperty(name = ENABLED_PROPERTY, stringValue = "true")
  @Path("/v1/rate-limit-probe")
  public static class Probe {
    private final Calls calls;

    public Probe(Calls calls) {
      this.calls = calls;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Integer>> get() {
      return Uni.createFrom().item(Map.of("calls", calls.probe.incrementAndGet()));
    }

    /** A write that is not a batch: it costs one token whatever its body. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Integer>> post(Map<String, Object> body) {
      return Uni.createFrom().item(Map.of("calls", calls.probe.incrementAndGet()));
    }
  }

  /**
   * A filter placed as the idempotency filter is (after the rate limit, reading the body), which
   * records whether the batch was charged before it ran.
   */
  @IfBuildProperty(name = ENABLED_PROPERTY, stringValue = "true")
  public static class LaterBodyReadingFilter {
    private final Calls calls;

    public LaterBodyReadingFilter(Calls calls) {
      this.calls = calls;
    }

    @SuppressWarnings("deprecation")
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 200, readBody = true)
    public void record(ContainerRequestContext request) {
      if (!request.getUriInfo().getPath().equals("/v1/call-forwards")) {
        return;
      }
      if (request.getProperty(RateLimitFilter.DECISION_PROPERTY) != null) {
        calls.laterFilterAfterCharge.incrementAndGet();
      } else {
        calls.laterFilterBeforeCharge.incrementAndGet();
      }
    }
  }
}
