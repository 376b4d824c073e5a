package io.telecogateway.api;

import io.smallrye.mutiny.Uni;
import io.telecogateway.api.model.OrderRequest;
import io.telecogateway.api.model.OrderResponse;
import io.telecogateway.api.model.RouteRequest;
import io.telecogateway.api.model.RouteResponse;
import io.telecogateway.tenant.CurrentTenant;
import io.telecogateway.upstream.TelecoClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Buying numbers and routing them to carriers. */
@Path("/v1")
@Tag(name = "Orders", description = "Buying numbers and routing them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

  private static final Logger LOG = Logger.getLogger(OrderResource.class);

  private final TelecoClient teleco;
  private final CurrentTenant tenant;

  public OrderResource(TelecoClient teleco, CurrentTenant tenant) {
    this.teleco = teleco;
    this.tenant = tenant;
  }

  @POST
  @Path("orders")
  @ResponseStatus(201)
  @Operation(
      operationId = "orderNumbers",
      summary = "Order numbers",
      description =
          "Buys 1 to 100 numbers found by searchAvailableNumbers, all or nothing: when one number"
              + " cannot be ordered, none is. Not retried by the gateway once it may have reached"
              + " Teleco, so a timeout is reported as upstream_outcome_unknown; send an"
              + " Idempotency-Key to make your own retry safe.")
  @APIResponse(
      responseCode = "201",
      description = "The numbers were ordered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderResponse.class)))
  public Uni<OrderResponse> order(
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid OrderRequest body) {
    return teleco
        .order(tenant.get().account(), body.toUpstream())
        .map(ModelMapper::orderResponse)
        .invoke(
            order ->
                LOG.infof(
                    "Ordered %d number(s), provider order %s",
                    order.numbers().size(), order.orderId()));
  }

  @POST
  @Path("routes")
  @Operation(
      operationId = "routeNumbers",
      summary = "Route numbers of the inventory to a carrier and subaccount",
      description =
          "Routes 1 to 100 numbers of the inventory to a carrier account and a subaccount. Not"
              + " retried by the gateway once it may have reached Teleco, so a timeout is reported"
              + " as upstream_outcome_unknown.")
  @APIResponse(responseCode = "200", description = "The provider's outcome for each number")
  public Uni<RouteResponse> route(
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid RouteRequest body) {
    return teleco
        .route(tenant.get().account(), body.toUpstream())
        .map(ModelMapper::routeResponse)
        .invoke(route -> LOG.infof("Routed %d number(s)", route.routes().size()));
  }
}
