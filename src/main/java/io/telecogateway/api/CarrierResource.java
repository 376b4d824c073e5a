package io.telecogateway.api;

import io.smallrye.mutiny.Uni;
import io.telecogateway.api.model.Carrier;
import io.telecogateway.api.model.ItemList;
import io.telecogateway.api.model.NewCarrierRequest;
import io.telecogateway.tenant.CurrentTenant;
import io.telecogateway.upstream.TelecoClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The carrier accounts of the tenant's Teleco account. */
@Path("/v1/carriers")
@Tag(name = "Carriers", description = "Carrier accounts that numbers are routed to")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierResource {

  private static final Logger LOG = Logger.getLogger(CarrierResource.class);

  private final TelecoClient teleco;
  private final CurrentTenant tenant;

  public CarrierResource(TelecoClient teleco, CurrentTenant tenant) {
    this.teleco = teleco;
    this.tenant = tenant;
  }

  @GET
  @Operation(
      operationId = "listCarriers",
      summary = "List the carrier accounts",
      description = "Lists the carrier accounts that the account's numbers can be routed to.")
  @APIResponse(responseCode = "200", description = "The carrier accounts")
  public Uni<ItemList<Carrier>> list() {
    return teleco
        .listCarriers(tenant.get().account())
        .map(carriers -> ItemList.of(carriers, ModelMapper::carrier));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @Operation(
      operationId = "createCarrier",
      summary = "Create a carrier account",
      description =
          "Creates a carrier account at the provider. The password and api token are passed to the"
              + " provider and never returned or logged. The response has no Location header,"
              + " because there is no call that shows one carrier. Not retried by the gateway once"
              + " it may have reached Teleco, so a timeout is reported as"
              + " upstream_outcome_unknown.")
  @APIResponse(
      responseCode = "201",
      description = "The new carrier account",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Carrier.class)))
  public Uni<Carrier> create(
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid NewCarrierRequest body) {
    return teleco
        .createCarrier(tenant.get().account(), body.toUpstream())
        .map(ModelMapper::carrier)
        .invoke(carrier -> LOG.infof("Created carrier account %s", carrier.id()));
  }
}
