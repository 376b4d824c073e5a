package io.telecogateway.api;

import io.smallrye.mutiny.Uni;
import io.telecogateway.api.model.ItemList;
import io.telecogateway.api.model.SubClient;
import io.telecogateway.api.model.SubClientRequest;
import io.telecogateway.tenant.CurrentTenant;
import io.telecogateway.upstream.TelecoClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/** The sub clients of the tenant's Teleco account. */
@Path("/v1/sub-clients")
@Tag(name = "Sub clients", description = "Sub clients of the account")
@Produces(MediaType.APPLICATION_JSON)
public class SubClientResource {

  private static final Logger LOG = Logger.getLogger(SubClientResource.class);

  private final TelecoClient teleco;
  private final CurrentTenant tenant;

  public SubClientResource(TelecoClient teleco, CurrentTenant tenant) {
    this.teleco = teleco;
    this.tenant = tenant;
  }

  @GET
  @Operation(
      operationId = "listSubClients",
      summary = "List the sub clients",
      description = "Lists the sub clients of the tenant's Teleco account.")
  @APIResponse(responseCode = "200", description = "The sub clients")
  public Uni<ItemList<SubClient>> list() {
    return teleco
        .listSubClients(tenant.get().account())
        .map(subClients -> ItemList.of(subClients, ModelMapper::subClient));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createSubClient",
      summary = "Create a sub client",
      description =
          "Creates a sub client. Not retried by the gateway once it may have reached Teleco, so a"
              + " timeout is reported as upstream_outcome_unknown.")
  @APIResponse(
      responseCode = "201",
      description = "The new sub client",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "The URL of the new sub client, built from the request's Host header",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubClient.class)))
  public Uni<RestResponse<SubClient>> create(
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid SubClientRequest body, UriInfo uri) {
    return teleco
        .createSubClient(tenant.get().account(), body.toUpstream())
        .map(ModelMapper::subClient)
        .invoke(subClient -> LOG.infof("Created sub client %s", subClient.id()))
        .map(
            subClient ->
                RestResponse.ResponseBuilder.<SubClient>created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(subClient.id())).build())
                    .entity(subClient)
                    .build());
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getSubClient",
      summary = "Show one sub client",
      description = "Shows one sub client by its id.")
  @APIResponse(responseCode = "200", description = "The sub client")
  public Uni<SubClient> show(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @PathParam("id")
          @PositiveInteger
          String id) {
    return teleco
        .showSubClient(tenant.get().account(), RequestValues.id("id", id))
        .map(ModelMapper::subClient);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replaceSubClient",
      summary = "Replace a sub client",
      description =
          "Replaces the whole record: name and email are required as on creation, and an absent"
              + " username or enabled flag is reset to the provider's default. Repeating the call"
              + " has no further effect, so the gateway retries it after a timeout.")
  @APIResponse(responseCode = "200", description = "The sub client as replaced")
  public Uni<SubClient> replace(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @PathParam("id")
          @PositiveInteger
          String id,
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid SubClientRequest body) {
    long subClientId = RequestValues.id("id", id);
    return teleco
        .updateSubClient(tenant.get().account(), subClientId, body.toUpstream())
        .map(ModelMapper::subClient)
        .invoke(subClient -> LOG.infof("Replaced sub client %d", subClientId));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteSubClient",
      summary = "Delete a sub client",
      description =
          "Deletes a sub client. Safe to repeat, but a repeat is 404 once the sub client is gone.")
  @APIResponse(responseCode = "204", description = "The sub client was deleted")
  public Uni<Void> delete(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @PathParam("id")
          @PositiveInteger
          String id) {
    long subClientId = RequestValues.id("id", id);
    return teleco
        .deleteSubClient(tenant.get().account(), subClientId)
        .invoke(() -> LOG.infof("Deleted sub client %d", subClientId));
  }
}
