package io.telecogateway.upstream;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Teleco's HTTP calls, one method per call of the provider's documentation. Bodies go out as
 * ready-made JSON text, so that their bytes are exactly the ones {@link TelecoRequests} built, and
 * responses come back as raw {@link Response}s of any status, because {@link EnvelopeDecoder} must
 * read HTML, empty and error responses too. The default mapping of error statuses to exceptions is
 * switched off in configuration ({@code quarkus.rest-client.teleco.disable-default-mapper}); should
 * it be switched on again, {@link TelecoExchange} takes the response out of the exception.
 *
 * <p>{@code authorization} is the whole {@code Authorization} header value, {@code Basic …}.
 */
@RegisterRestClient(configKey = "teleco")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
interface TelecoApi {

  @POST
  @Path("/login")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> login(String body);

  @GET
  @Path("/carriers")
  Uni<Response> listCarriers(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

  @POST
  @Path("/carriers")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> createCarrier(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

  @GET
  @Path("/inventories")
  Uni<Response> listInventory(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("page") int page,
      @QueryParam("per_page") int perPage);

  @GET
  @Path("/activities_logs")
  Uni<Response> listActivityLogs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

  @GET
  @Path("/states/available")
  Uni<Response> listStates(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

  @GET
  @Path("/states/{stateId}/rate_centers")
  Uni<Response> listRateCenters(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("stateId") String stateId);

  @POST
  @Path("/providers/{providerId}/search")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> search(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("providerId") long providerId,
      String body);

  @GET
  @Path("/providers/primary/providers")
  Uni<Response> listProviders(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

  @POST
  @Path("/orders")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> order(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

  @POST
  @Path("/route_numbers")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> route(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

  @GET
  @Path("/sub_accounts")
  Uni<Response> listSubaccounts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

  @POST
  @Path("/inventories/{inventoryId}/call_forward")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> setCallForward(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("inventoryId") long inventoryId,
      String body);

  @POST
  @Path("/inventories/multiple_call_forward")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> setCallForwards(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

  @GET
  @Path("/inventories/{inventoryId}")
  Uni<Response> showInventory(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("inventoryId") long inventoryId);

  @DELETE
  @Path("/inventories/{inventoryId}/remove_call_forward.json")
  Uni<Response> removeCallForward(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("inventoryId") long inventoryId);

  @POST
  @Path("/inventories/multiple_call_forward_removal")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> removeCallForwards(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

  @GET
  @Path("/sub_clients")
  Uni<Response> listSubClients(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

  @POST
  @Path("/sub_clients")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> createSubClient(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body);

  @GET
  @Path("/sub_clients/{subClientId}")
  Uni<Response> showSubClient(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("subClientId") long subClientId);

  @PUT
  @Path("/sub_clients/{subClientId}")
  @Consumes(MediaType.APPLICATION_JSON)
  Uni<Response> updateSubClient(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("subClientId") long subClientId,
      String body);

  @DELETE
  @Path("/sub_clients/{subClientId}")
  Uni<Response> deleteSubClient(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("subClientId") long subClientId);
}
