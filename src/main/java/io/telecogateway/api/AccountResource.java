package io.telecogateway.api;

import io.smallrye.mutiny.Uni;
import io.telecogateway.api.model.ActivityEntry;
import io.telecogateway.api.model.ItemList;
import io.telecogateway.api.model.Subaccount;
import io.telecogateway.tenant.CurrentTenant;
import io.telecogateway.upstream.TelecoClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Teleco account itself: its subaccounts and its activity log. */
@Path("/v1")
@Tag(name = "Account", description = "Subaccounts and the activity log")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  private final TelecoClient teleco;
  private final CurrentTenant tenant;

  public AccountResource(TelecoClient teleco, CurrentTenant tenant) {
    this.teleco = teleco;
    this.tenant = tenant;
  }

  @GET
  @Path("subaccounts")
  @Operation(
      operationId = "listSubaccounts",
      summary = "List the subaccounts",
      description =
          "Lists the subaccounts of the tenant's Teleco account. Routes name one of them.")
  @APIResponse(responseCode = "200", description = "The subaccounts")
  public Uni<ItemList<Subaccount>> subaccounts() {
    return teleco
        .listSubaccounts(tenant.get().account())
        .map(subaccounts -> ItemList.of(subaccounts, ModelMapper::subaccount));
  }

  @GET
  @Path("activity-logs")
  @Operation(
      operationId = "listActivityLogs",
      summary = "List the account's activity log, newest first",
      description =
          "Lists what the Teleco account did, newest first: one entry per successful write, such as"
              + " an order, a route or a call forward.")
  @APIResponse(responseCode = "200", description = "The log entries, newest first")
  public Uni<ItemList<ActivityEntry>> activityLogs() {
    return teleco
        .listActivityLogs(tenant.get().account())
        .map(entries -> ItemList.of(entries, ModelMapper::activityEntry));
  }
}
