package io.telecogateway.api;

import io.smallrye.mutiny.Uni;
import io.telecogateway.api.model.CallForwardRequest;
import io.telecogateway.api.model.InventoryNumber;
import io.telecogateway.api.model.NumberPage;
import io.telecogateway.tenant.CurrentTenant;
import io.telecogateway.upstream.TelecoClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** The numbers of the tenant's inventory, and their call forwarding. */
@Path("/v1/numbers")
@Tag(name = "Numbers", description = "The account's numbers and their call forwarding")
@Produces(MediaType.APPLICATION_JSON)
public class NumberResource {

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 500;

  private static final Logger LOG = Logger.getLogger(NumberResource.class);

  private final TelecoClient teleco;
  private final CurrentTenant tenant;

  public NumberResource(TelecoClient teleco, CurrentTenant tenant) {
    this.teleco = teleco;
    this.tenant = tenant;
  }

  @GET
  @Operation(
      operationId = "listNumbers",
      summary = "List the account's numbers, one page at a time",
      description =
          "Lists the numbers of the account's inventory with their routing and call forward, one"
              + " page at a time. page.number is the page Teleco returned, and page.size the"
              + " requested page size.")
  @APIResponse(responseCode = "200", description = "One page of numbers")
  public Uni<NumberPage> list(
      @Parameter(
              description = "The page, from 1",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
          @QueryParam("page")
          @PositiveInteger(max = Integer.MAX_VALUE)
          String page,
      @Parameter(
              description = "Numbers per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "500",
                      defaultValue = "50"))
          @QueryParam("pageSize")
          @PositiveInteger(max = MAX_PAGE_SIZE, message = "must be an integer from 1 to 500")
          String pageSize) {
    int pageNumber = page == null ? 1 : (int) RequestValues.id("page", page);
    int size = pageSize == null ? DEFAULT_PAGE_SIZE : (int) RequestValues.id("pageSize", pageSize);
    return teleco
        .listInventory(tenant.get().account(), pageNumber, size)
        .map(inventory -> ModelMapper.numberPage(inventory, pageNumber, size));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getNumber",
      summary = "Show one number",
      description = "Shows one number of the inventory by its id, as listNumbers returns it.")
  @APIResponse(responseCode = "200", description = "The number")
  public Uni<InventoryNumber> show(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @PathParam("id")
          @PositiveInteger
          String id) {
    return teleco
        .showInventory(tenant.get().account(), RequestValues.id("id", id))
        .map(ModelMapper::inventoryNumber);
  }

  @PUT
  @Path("{id}/call-forward")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setCallForward",
      summary = "Forward the number's calls",
      description =
          "Forwards the number's calls to forwardTo, replacing any forward already set. Repeating"
              + " the call has no further effect, so the gateway retries it after a timeout.")
  @APIResponse(responseCode = "200", description = "The number with its new forward")
  public Uni<InventoryNumber> setCallForward(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @PathParam("id")
          @PositiveInteger
          String id,
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid CallForwardRequest body) {
    long numberId = RequestValues.id("id", id);
    String forwardTo = RequestValues.phone("forwardTo", body.forwardTo()).elevenDigits();
    return teleco
        .setCallForward(tenant.get().account(), numberId, forwardTo)
        .map(ModelMapper::inventoryNumber)
        .invoke(n -> LOG.infof("Set the call forward of number %s to %s", n.id(), n.forwardTo()));
  }

  @DELETE
  @Path("{id}/call-forward")
  @Operation(
      operationId = "removeCallForward",
      summary = "Stop forwarding the number's calls",
      description =
          "Removes the number's call forward. Succeeds also when no forward is set, so repeating"
              + " the call is safe.")
  @APIResponse(responseCode = "204", description = "The number has no forward")
  public Uni<Void> removeCallForward(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @PathParam("id")
          @PositiveInteger
          String id) {
    long numberId = RequestValues.id("id", id);
    return teleco
        .removeCallForward(tenant.get().account(), numberId)
        .invoke(n -> LOG.infof("Removed the call forward of number %d", numberId))
        .replaceWithVoid();
  }
}
