package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The inventory, routing and call forwarding (calls 4, 11 and 13-17). */
final class InventoryCalls {

  static final int DEFAULT_PER_PAGE = 50;
  static final int MAX_PER_PAGE = 500;

  private InventoryCalls() {}

  /** Call 4: {@code GET /api/inventories?page=1&per_page=50}, in ascending id order. */
  static ApiResponse listInventory(ApiCall call) {
    List<String> errors = new ArrayList<>();
    int page = pageParam(call, "page", 1, Integer.MAX_VALUE, 1, errors);
    int perPage = pageParam(call, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }

    InventoryPage result = call.account().inventoryPage(page, perPage);
    ObjectNode pagination = Json.object();
    pagination.put("current_page", result.currentPage());
    pagination.put("total_pages", result.totalPages());
    pagination.put("total_count", result.totalCount());
    ArrayNode items = Json.array();
    result.items().forEach(item -> items.add(item.toJson()));
    ObjectNode data = Json.object();
    data.set("pagination", pagination);
    data.set("data_arr", items);
    return ApiResponse.ok("Inventory List", data);
  }

  /**
   * Reads a page parameter, which must appear at most once and be a decimal integer in range.
   * Returns {@code defaultValue} when the parameter is absent or invalid.
   */
  private static int pageParam(
      ApiCall call, String name, int min, int max, int defaultValue, List<String> errors) {
    List<String> values = call.queryParams(name);
    if (values.isEmpty()) {
      return defaultValue;
    }
    String range = max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
    if (values.size() > 1) {
      errors.add(name + " must be given once, got " + values);
      return defaultValue;
    }
    String value = values.get(0);
    if (!value.matches("[0-9]{1,9}")
        || Integer.parseInt(value) < min
        || Integer.parseInt(value) > max) {
      errors.add(name + " must be an integer " + range + ", got \"" + value + "\"");
      return defaultValue;
    }
    return Integer.parseInt(value);
  }

  /** Call 15: {@code GET /api/inventories/{id}}. */
  static ApiResponse showInventory(ApiCall call) {
    long id = call.pathId("id", "Inventory");
    return ApiResponse.ok("Inventory Detail", call.account().inventoryItem(id).toJson());
  }

  /**
   * Call 11: {@code POST /api/route_numbers} with {@code numbers} keyed "0", "1", …. Routes every
   * number or none.
   */
  static ApiResponse routeNumbers(ApiCall call) {
    RequestFields body = RequestFields.root(call.body());
    List<RequestFields> items = body.requiredKeyedList("numbers");
    body.rejectUnknownFields();
    body.throwIfInvalid();

    List<RouteLine> lines = new ArrayList<>();
    for (RequestFields item : items) {
      String didNumber = item.requiredDid("did_number");
      Long providerId = item.requiredInteger("provider_id");
      Long carrierId = item.requiredInteger("carrier_id");
      Long subaccountId = item.requiredInteger("subaccount");
      item.rejectUnknownFields();
      if (didNumber != null && providerId != null && carrierId != null && subaccountId != null) {
        lines.add(new RouteLine(item.path(), didNumber, providerId, carrierId, subaccountId));
      }
    }
    body.throwIfInvalid();

    ArrayNode numbers = Json.array();
    for (InventoryItem item : call.account().route(lines)) {
      numbers.add(Json.object().put("did_number", item.didNumber()).put("status", "routed"));
    }
    ObjectNode data = Json.object();
    data.set("numbers", numbers);
    return ApiResponse.ok("Numbers Routed", data);
  }

  /** Call 13: {@code POST /api/inventories/{inventory_id}/call_forward}. */
  static ApiResponse setCallForward(ApiCall call) {
    long id = call.pathId("inventory_id", "Inventory");
    call.account().inventoryItem(id);

    RequestFields body = RequestFields.root(call.body());
    RequestFields callForward = body.requiredObject("call_forward");
    body.rejectUnknownFields();
    body.throwIfInvalid();
    String forwardNumber = callForward.requiredForwardNumber("forward_number");
    callForward.rejectUnknownFields();
    callForward.throwIfInvalid();

    InventoryItem item = call.account().setForward(id, forwardNumber);
    return ApiResponse.ok("Call Forward Set", item.toJson());
  }

  /**
   * Call 16: {@code DELETE /api/inventories/{inventory_id}/remove_call_forward.json}. Succeeds when
   * no call forward is set.
   */
  static ApiResponse removeCallForward(ApiCall call) {
    long id = call.pathId("inventory_id", "Inventory");
    InventoryItem item = call.account().removeForward(id);
    return ApiResponse.ok("Call Forward Removed", item.toJson());
  }

  /**
   * Call 14: {@code POST /api/inventories/multiple_call_forward} with a JSON array. A malformed
   * item rejects the whole request. An unknown id or a number that does not match its id fails that
   * item alone.
   */
  static ApiResponse setMultipleCallForwards(ApiCall call) {
    List<ForwardChange> changes = readForwardChanges(call, true);
    return ApiResponse.ok(
        "Multiple Call Forward", outcomes(call.account().changeForwards(changes)));
  }

  /**
   * Call 17: {@code POST /api/inventories/multiple_call_forward_removal}, with the response of call
   * 14.
   */
  static ApiResponse removeMultipleCallForwards(ApiCall call) {
    List<ForwardChange> changes = readForwardChanges(call, false);
    return ApiResponse.ok(
        "Multiple Call Forward Removal", outcomes(call.account().changeForwards(changes)));
  }

  private static List<ForwardChange> readForwardChanges(ApiCall call, boolean withForwardNumber) {
    RequestFields body = RequestFields.root(call.body());
    List<RequestFields> items = body.requiredObjectArray("call_forward_numbers");
    body.rejectUnknownFields();
    body.throwIfInvalid();

    List<ForwardChange> changes = new ArrayList<>();
    for (RequestFields item : items) {
      Long inventoryId = item.requiredInteger("inventory_id");
      String inventoryNumber = item.requiredDid("inventory_number");
      String forwardNumber =
          withForwardNumber ? item.requiredForwardNumber("forward_number") : null;
      item.rejectUnknownFields();
      boolean complete =
          inventoryId != null
              && inventoryNumber != null
              && (forwardNumber != null || !withForwardNumber);
      if (complete) {
        changes.add(new ForwardChange(inventoryId, inventoryNumber, forwardNumber));
      }
    }
    body.throwIfInvalid();
    return changes;
  }

  private static ArrayNode outcomes(List<ForwardOutcome> outcomes) {
    ArrayNode data = Json.array();
    outcomes.forEach(outcome -> data.add(outcome.toJson()));
    return data;
  }
}
