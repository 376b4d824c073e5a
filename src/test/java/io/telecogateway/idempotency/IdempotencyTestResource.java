package io.telecogateway.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.tenant.CurrentTenant;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code /v1} write resource for the idempotency tests. The body chooses what it does: {@code id}
 * names the request for {@link InvocationCounter}, {@code delayMs} keeps it running, and {@code
 * outcome} chooses the response.
 */
@IfBuildProperty(name = IdempotencyTestResource.ENABLED_PROPERTY, stringValue = "true")
@Path("/v1/test-idempotency")
public class IdempotencyTestResource {

  /** The build property that mounts this resource; only the idempotency test profiles set it. */
  static final String ENABLED_PROPERTY = "teleco-gateway.test.idempotency-probes";

  private final InvocationCounter counter;
  private final CurrentTenant currentTenant;

  public IdempotencyTestResource(InvocationCounter counter, CurrentTenant currentTenant) {
    this.counter = counter;
    this.currentTenant = currentTenant;
  }

  @POST
  public Uni<Response> create(JsonNode body) {
    return run(body);
  }

  @POST
  @Path("/other")
  public Uni<Response> createOther(JsonNode body) {
    return run(body);
  }

  /** Runs like {@link #create} but as a PUT, which idempotency keys do not apply to. */
  @PUT
  public Uni<Response> replace(JsonNode body) {
    return run(body);
  }

  /** Counts a write that takes no body, so RESTEasy Reactive buffers none for the filter. */
  @POST
  @Path("/no-body/{id}")
  public Map<String, Object> createWithoutBody(@PathParam("id") String id) {
    return Map.of("id", id, "invocation", counter.increment(id));
  }

  private Uni<Response> run(JsonNode body) {
    String id = body.path("id").asText();
    int invocation = counter.increment(id);
    String tenant = currentTenant.get().name();
    long delayMs = body.path("delayMs").asLong(0);
    String outcome = body.path("outcome").asText("created");
    Uni<Void> start = Uni.createFrom().voidItem();
    if (delayMs > 0) {
      start = start.onItem().delayIt().by(Duration.ofMillis(delayMs));
    }
    return start.map(
        ignored -> {
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("id", id);
          payload.put("invocation", invocation);
          payload.put("tenant", tenant);
          return switch (outcome) {
            case "created" ->
                Response.created(URI.create("/v1/test-idempotency/" + id)).entity(payload).build();
            case "internal-error" -> throw new IllegalStateException("simulated fault");
            case "outcome-unknown" ->
                throw new ApiException(
                    ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
                    "The provider did not payload in time; check the order before retrying.");
            case "breaker-open" ->
                throw new ApiException(
                    ErrorCode.UPSTREAM_UNAVAILABLE,
                    503,
                    "The provider is unavailable.",
                    List.of(),
                    Map.of());
            case "rejected" ->
                throw new ApiException(
                    ErrorCode.UPSTREAM_REJECTED, "The provider rejected the number.");
            default -> throw new IllegalArgumentException("unknown outcome " + outcome);
          };
        });
  }
}
