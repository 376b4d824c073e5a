package io.telecogateway.api;

import io.smallrye.mutiny.Uni;
import io.telecogateway.api.model.BatchResponse;
import io.telecogateway.api.model.CallForwardBatchRequest;
import io.telecogateway.api.model.CallForwardRemovalBatchRequest;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.fanout.BatchExecutor;
import io.telecogateway.fanout.BatchOperation;
import io.telecogateway.fanout.ItemOutcome;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import io.telecogateway.tenant.CurrentTenant;
import io.telecogateway.tenant.Tenant;
import io.telecogateway.upstream.TelecoClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Setting or removing call forwards on many numbers in one request. The whole batch is validated
 * first, and nothing is sent unless every item is valid. Then each item is one Teleco call, run in
 * parallel by {@link BatchExecutor}, and the response is 200 with each item's outcome.
 */
@Path("/v1/call-forwards")
@Tag(name = "Numbers", description = "The account's numbers and their call forwarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallForwardBatchResource {

  private static final String BATCH_DESCRIPTION =
      " Every item is checked before anything is sent: one invalid item makes the whole batch a"
          + " 400 that names each invalid item by index, such as items[3].forwardTo. Each item is"
          + " then one call to Teleco, with its own timeout and retries, run in parallel. The"
          + " answer is 200 whatever happened to the items, listing them in request order; an item"
          + " not finished by the batch deadline is reported as upstream_timeout. The batch costs"
          + " one rate-limit token per item.";

  private final TelecoClient teleco;
  private final CurrentTenant tenant;
  private final BatchExecutor executor;
  private final int maxItems;

  public CallForwardBatchResource(
      TelecoClient teleco, CurrentTenant tenant, BatchExecutor executor, GatewayConfig config) {
    this.teleco = teleco;
    this.tenant = tenant;
    this.executor = executor;
    this.maxItems = config.fanout().maxItems();
  }

  @POST
  @Operation(
      operationId = "setCallForwards",
      summary = "Forward the calls of many numbers",
      description = "Sets the call forward of 1 to 1000 numbers." + BATCH_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The outcome of each item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BatchResponse.class)))
  public Uni<BatchResponse> setCallForwards(
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid CallForwardBatchRequest body) {
    List<CallForwardBatchRequest.Item> items = body.items();
    checkBatch(items.stream().map(CallForwardBatchRequest.Item::numberId).toList());
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      CallForwardBatchRequest.Item item = items.get(i);
      String prefix = "items[" + i + "].";
      targets.add(
          new Target(
              RequestValues.id(prefix + "numberId", item.numberId()),
              RequestValues.phone(prefix + "number", item.number()).e164(),
              RequestValues.phone(prefix + "forwardTo", item.forwardTo()).elevenDigits()));
    }
    Tenant caller = tenant.get();
    return executor
        .run(
            caller.name(),
            BatchOperation.SET_CALL_FORWARD,
            targets,
            target ->
                teleco.setCallForward(caller.account(), target.numberId(), target.forwardTo()),
            Target::label)
        .map(outcomes -> response(targets, outcomes));
  }

  @POST
  @Path("removals")
  @Operation(
      operationId = "removeCallForwards",
      summary = "Stop forwarding the calls of many numbers",
      description =
          "Removes the call forward of 1 to 1000 numbers; an item succeeds also when its number"
              + " has no forward."
              + BATCH_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The outcome of each item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BatchResponse.class)))
  public Uni<BatchResponse> removeCallForwards(
      @NotNull(message = RequestValues.BODY_REQUIRED) @Valid CallForwardRemovalBatchRequest body) {
    List<CallForwardRemovalBatchRequest.Item> items = body.items();
    checkBatch(items.stream().map(CallForwardRemovalBatchRequest.Item::numberId).toList());
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      CallForwardRemovalBatchRequest.Item item = items.get(i);
      String prefix = "items[" + i + "].";
      targets.add(
          new Target(
              RequestValues.id(prefix + "numberId", item.numberId()),
              RequestValues.phone(prefix + "number", item.number()).e164(),
              null));
    }
    Tenant caller = tenant.get();
    return executor
        .run(
            caller.name(),
            BatchOperation.REMOVE_CALL_FORWARD,
            targets,
            target -> teleco.removeCallForward(caller.account(), target.numberId()),
            Target::label)
        .map(outcomes -> response(targets, outcomes));
  }

  /**
   * Rejects a batch over {@code gateway.fanout.max-items}, or one that lists a number twice, with a
   * 400 that names every repeated item. Runs after Bean Validation, so the ids are valid.
   */
  private void checkBatch(List<String> numberIds) {
    if (numberIds.size() > maxItems) {
      throw ApiException.invalidField(
          ErrorCode.INVALID_REQUEST,
          "items",
          "items must list at most " + maxItems + " items, got " + numberIds.size());
    }
    Map<Long, Integer> firstIndex = new HashMap<>();
    List<Problem.FieldError> repeats = new ArrayList<>();
    for (int i = 0; i < numberIds.size(); i++) {
      long id = RequestValues.id("items[" + i + "].numberId", numberIds.get(i));
      Integer first = firstIndex.putIfAbsent(id, i);
      if (first != null) {
        repeats.add(
            new Problem.FieldError(
                "items[" + i + "].numberId",
                "number " + id + " is already listed at items[" + first + "]"));
      }
    }
    if (!repeats.isEmpty()) {
      throw new ApiException(
          ErrorCode.INVALID_REQUEST,
          repeats.size()
              + " item(s) repeat a numberId listed earlier, each named in errors; list each"
              + " number once.",
          repeats);
    }
  }

  private static BatchResponse response(List<Target> targets, List<ItemOutcome> outcomes) {
    List<BatchResponse.Item> items = new ArrayList<>(targets.size());
    int failed = 0;
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      ItemOutcome outcome = outcomes.get(i);
      String numberId = Long.toString(target.numberId());
      if (outcome.succeeded()) {
        items.add(new BatchResponse.Item(numberId, target.number(), "succeeded", null));
      } else {
        failed++;
        ApiException failure = outcome.failure();
        items.add(
            new BatchResponse.Item(
                numberId,
                target.number(),
                "failed",
                new BatchResponse.ItemError(
                    failure.code().code(), failure.status(), failure.detail())));
      }
    }
    return new BatchResponse(
        new BatchResponse.Summary(targets.size(), targets.size() - failed, failed), items);
  }

  /**
   * One item, checked and converted.
   *
   * @param number E.164
   * @param forwardTo 11 digits; null for a removal
   */
  private record Target(long numberId, String number, String forwardTo) {

    String label() {
      return "number " + numberId;
    }
  }
}
