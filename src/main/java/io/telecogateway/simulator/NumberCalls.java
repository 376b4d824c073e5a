package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** States, rate centers, providers, number search and orders (calls 6-10). */
final class NumberCalls {

  /** The provider caps a search at this many numbers. */
  static final int SEARCH_LIMIT = 50;

  private static final Map<String, PoolNumber.Kind> SEARCH_TYPES =
      Map.of(
          "local_did", PoolNumber.Kind.LOCAL,
          "fax_did", PoolNumber.Kind.LOCAL,
          "tollfree_did", PoolNumber.Kind.TOLL_FREE);

  private static final String INTERNATIONAL = "international_did";
  private static final Pattern PREFIX = Pattern.compile("[0-9]{3}|[0-9]{6}");
  private static final Pattern STATE_ID = Pattern.compile("[A-Z]{2}");
  private static final Set<String> DID_TYPES = Set.of("voice", "fax");

  private NumberCalls() {}

  /** Call 6: {@code GET /api/states/available}. */
  static ApiResponse listStates(ApiCall call) {
    ArrayNode data = Json.array();
    for (Catalog.UsState state : call.state().catalog().states()) {
      data.add(Json.object().put("state_id", state.id()).put("name", state.name()));
    }
    return ApiResponse.ok("Available States", data);
  }

  /** Call 7: {@code GET /api/states/{state_id}/rate_centers}. The code must be upper case. */
  static ApiResponse listRateCenters(ApiCall call) {
    String stateId = call.pathParam("state_id");
    Catalog.UsState state =
        call.state()
            .catalog()
            .state(stateId)
            .orElseThrow(() -> new NotFoundException("State " + stateId + " not found"));
    ArrayNode data = Json.array();
    for (Catalog.RateCenter center : state.rateCenters()) {
      data.add(Json.object().put("rate_center", center.name()).put("state_id", state.id()));
    }
    return ApiResponse.ok("Rate Center List", data);
  }

  /** Call 9: {@code GET /api/providers/primary/providers}. */
  static ApiResponse listProviders(ApiCall call) {
    ArrayNode data = Json.array();
    for (Catalog.Provider provider : call.state().catalog().providers()) {
      data.add(Json.object().put("id", provider.id()).put("name", provider.name()));
    }
    return ApiResponse.ok("Provider List", data);
  }

  /**
   * Call 8: {@code POST /api/providers/{provider_id}/search} with the {@code search} wrapper.
   * Returns at most 50 available numbers of the provider in ascending order. {@code search_number}
   * is an NPA or NPA-NXX prefix and must come with {@code npanxx: "true"}.
   */
  static ApiResponse search(ApiCall call) {
    long providerId = call.pathId("provider_id", "Provider");
    call.state()
        .catalog()
        .provider(providerId)
        .orElseThrow(() -> new NotFoundException("Provider " + providerId + " not found"));

    RequestFields body = RequestFields.root(call.body());
    RequestFields search = body.requiredObject("search");
    body.rejectUnknownFields();
    body.throwIfInvalid();

    String searchType = search.requiredString("search_type");
    String npanxx = search.optionalString("npanxx");
    String prefix = search.optionalString("search_number");
    String stateId = search.optionalString("state");
    String rateCenter = search.optionalString("ratecenter");
    search.rejectUnknownFields();
    validateSearch(search, searchType, npanxx, prefix, stateId);
    search.throwIfInvalid();

    ArrayNode data = Json.array();
    if (!searchType.equals(INTERNATIONAL)) {
      NumberSearch query =
          new NumberSearch(SEARCH_TYPES.get(searchType), providerId, prefix, stateId, rateCenter);
      for (PoolNumber number : call.state().pool().search(query, SEARCH_LIMIT)) {
        ObjectNode item = Json.object();
        item.put("did_number", number.didNumber());
        item.put("state", number.stateId());
        item.put("rate_center", number.rateCenter());
        item.put("provider_id", number.providerId());
        item.put("tier_type", number.tierType());
        data.add(item);
      }
    }
    return ApiResponse.ok("Search Result", data);
  }

  private static void validateSearch(
      RequestFields search, String searchType, String npanxx, String prefix, String stateId) {
    if (searchType != null
        && !SEARCH_TYPES.containsKey(searchType)
        && !searchType.equals(INTERNATIONAL)) {
      search.addError(
          search.name("search_type")
              + " must be local_did, fax_did, tollfree_did or international_did, got \""
              + searchType
              + "\"");
    }
    if (npanxx != null && !npanxx.equals("true")) {
      search.addError(
          search.name("npanxx") + " must be \"true\" when sent, got \"" + npanxx + "\"");
    }
    if (prefix != null && !PREFIX.matcher(prefix).matches()) {
      search.addError(
          search.name("search_number")
              + " must be an NPA (3 digits) or NPA-NXX (6 digits) prefix, got \""
              + prefix
              + "\"");
    }
    if (prefix != null && npanxx == null && !search.has("npanxx")) {
      search.addError(
          search.name("search_number")
              + " \""
              + prefix
              + "\" requires "
              + search.name("npanxx")
              + ": \"true\"");
    }
    if (prefix == null && npanxx != null && !search.has("search_number")) {
      search.addError(
          search.name("npanxx")
              + " is \"true\" but "
              + search.name("search_number")
              + " is missing");
    }
    if (stateId != null && !STATE_ID.matcher(stateId).matches()) {
      search.addError(
          search.name("state")
              + " must be a two-letter upper-case code such as \"AL\", got \""
              + stateId
              + "\"");
    }
  }

  /**
   * Call 10: {@code POST /api/orders} with {@code numbers} keyed "0", "1", …. An order is all or
   * nothing: when any number cannot be ordered, no number leaves the pool.
   */
  static ApiResponse order(ApiCall call) {
    RequestFields body = RequestFields.root(call.body());
    List<RequestFields> items = body.requiredKeyedList("numbers");
    body.rejectUnknownFields();
    body.throwIfInvalid();

    List<OrderLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RequestFields item : items) {
      String didNumber = item.requiredDid("did_number");
      Long providerId = item.requiredInteger("provider_id");
      Long tierType = item.requiredInteger("tier_type");
      String didType = item.requiredString("did_type");
      Long quantity = item.requiredInteger("quantity");
      item.rejectUnknownFields();
      if (didType != null && !DID_TYPES.contains(didType)) {
        item.addError(
            item.name("did_type") + " must be \"voice\" or \"fax\", got \"" + didType + "\"");
      }
      if (quantity != null && quantity != 1) {
        item.addError(
            item.name("quantity")
                + " must be 1, because each item orders one number, got "
                + quantity);
      }
      if (providerId != null && call.state().catalog().provider(providerId).isEmpty()) {
        item.addError(item.name("provider_id") + " " + providerId + " is not a known provider");
      }
      if (didNumber != null && !seen.add(didNumber)) {
        item.addError(
            item.name("did_number") + " " + didNumber + " appears more than once in the order");
      }
      if (didNumber != null && providerId != null && tierType != null && didType != null) {
        lines.add(new OrderLine(item.path(), didNumber, providerId, tierType, didType));
      }
    }
    body.throwIfInvalid();

    List<PoolNumber> reserved = call.state().pool().reserve(lines);
    List<InventoryItem> added =
        call.account()
            .addOrderedNumbers(
                reserved, lines.stream().map(OrderLine::didType).toList(), Instant.now());

    ArrayNode numbers = Json.array();
    for (InventoryItem item : added) {
      numbers.add(Json.object().put("did_number", item.didNumber()).put("status", "ordered"));
    }
    ObjectNode data = Json.object();
    data.put("order_id", call.state().ids().nextOrderId());
    data.set("numbers", numbers);
    return ApiResponse.created("Order Placed", data);
  }
}
