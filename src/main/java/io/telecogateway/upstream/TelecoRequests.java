package io.telecogateway.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the JSON bodies sent to Teleco, in the shapes of {@code docs/teleco-wire-format.md}.
 * Members are written in a fixed order and only when set, so the same input always gives the same
 * bytes. Phone numbers are checked to be in the digit forms Teleco expects, because the gateway is
 * strict in what it sends; a wrong form is a bug in the caller and fails with {@link
 * IllegalArgumentException}.
 */
final class TelecoRequests {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern DID = Pattern.compile("[0-9]{10}");
  private static final Pattern FORWARD_TARGET = Pattern.compile("1[0-9]{10}");
  private static final Pattern SEARCH_PREFIX = Pattern.compile("[0-9]{3}|[0-9]{6}");

  private TelecoRequests() {}

  static String login(String username, String password) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("login", Objects.requireNonNull(username, "username"));
    body.put("password", Objects.requireNonNull(password, "password"));
    return write(body);
  }

  static String carrier(NewCarrier carrier) {
    ObjectNode fields = MAPPER.createObjectNode();
    fields.put("provider_id", carrier.providerId());
    fields.put("account_name", Objects.requireNonNull(carrier.accountName(), "accountName"));
    putIfSet(fields, "username", carrier.username());
    putIfSet(fields, "password", carrier.password());
    putIfSet(fields, "api_token", carrier.apiToken());
    putIfSet(fields, "is_enable", carrier.enabled());
    putIfSet(fields, "primary_account", carrier.primary());
    return write(wrap("carrier", fields));
  }

  /** Builds a search; {@code npanxx} is {@code "true"} exactly when a prefix is given. */
  static String search(SearchCriteria criteria) {
    ObjectNode fields = MAPPER.createObjectNode();
    fields.put("search_type", Objects.requireNonNull(criteria.searchType(), "searchType"));
    if (criteria.prefix() != null) {
      fields.put("npanxx", "true");
      fields.put("search_number", requireForm(criteria.prefix(), SEARCH_PREFIX, "prefix"));
    }
    putIfSet(fields, "state", criteria.state());
    putIfSet(fields, "ratecenter", criteria.rateCenter());
    return write(wrap("search", fields));
  }

  /** Builds an order, its lines as an object keyed "0", "1", … as Teleco documents it. */
  static String order(List<OrderLine> lines) {
    ObjectNode numbers = MAPPER.createObjectNode();
    for (int i = 0; i < requireNotEmpty(lines, "lines").size(); i++) {
      OrderLine line = lines.get(i);
      ObjectNode item = numbers.putObject(Integer.toString(i));
      item.put("did_number", requireForm(line.didNumber(), DID, "didNumber"));
      item.put("provider_id", line.providerId());
      item.put("tier_type", line.tierType());
      item.put("did_type", Objects.requireNonNull(line.didType(), "didType"));
      item.put("quantity", line.quantity());
    }
    return write(wrap("numbers", numbers));
  }

  /** Builds a route request, its lines as an object keyed "0", "1", … as Teleco documents it. */
  static String route(List<RouteLine> lines) {
    ObjectNode numbers = MAPPER.createObjectNode();
    for (int i = 0; i < requireNotEmpty(lines, "lines").size(); i++) {
      RouteLine line = lines.get(i);
      ObjectNode item = numbers.putObject(Integer.toString(i));
      item.put("did_number", requireForm(line.didNumber(), DID, "didNumber"));
      item.put("provider_id", line.providerId());
      item.put("carrier_id", line.carrierId());
      item.put("subaccount", line.subaccountId());
    }
    return write(wrap("numbers", numbers));
  }

  static String callForward(String forwardNumber) {
    ObjectNode fields = MAPPER.createObjectNode();
    fields.put("forward_number", requireForm(forwardNumber, FORWARD_TARGET, "forwardNumber"));
    return write(wrap("call_forward", fields));
  }

  /** Builds a multi call forward, its items as a JSON array as Teleco documents it. */
  static String callForwards(List<CallForwardTarget> targets) {
    ArrayNode items = MAPPER.createArrayNode();
    for (CallForwardTarget target : requireNotEmpty(targets, "targets")) {
      ObjectNode item = items.addObject();
      item.put("inventory_id", target.inventoryId());
      item.put("inventory_number", requireForm(target.inventoryNumber(), DID, "inventoryNumber"));
      item.put(
          "forward_number", requireForm(target.forwardNumber(), FORWARD_TARGET, "forwardNumber"));
    }
    return write(wrap("call_forward_numbers", items));
  }

  /** Builds a multi call-forward removal; the targets' forward numbers are not sent. */
  static String callForwardRemovals(List<CallForwardTarget> targets) {
    ArrayNode items = MAPPER.createArrayNode();
    for (CallForwardTarget target : requireNotEmpty(targets, "targets")) {
      ObjectNode item = items.addObject();
      item.put("inventory_id", target.inventoryId());
      item.put("inventory_number", requireForm(target.inventoryNumber(), DID, "inventoryNumber"));
    }
    return write(wrap("call_forward_numbers", items));
  }

  static String subClient(SubClientFields fields) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("name", Objects.requireNonNull(fields.name(), "name"));
    body.put("email", Objects.requireNonNull(fields.email(), "email"));
    putIfSet(body, "username", fields.username());
    putIfSet(body, "is_enable", fields.enabled());
    return write(wrap("sub_client", body));
  }

  private static ObjectNode wrap(String name, JsonNode content) {
    ObjectNode body = MAPPER.createObjectNode();
    body.set(name, content);
    return body;
  }

  private static void putIfSet(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void putIfSet(ObjectNode node, String name, Boolean value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String requireForm(String value, Pattern form, String name) {
    if (value == null || !form.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " '" + value + "' does not have the form Teleco expects: " + form.pattern());
    }
    return value;
  }

  private static <T> List<T> requireNotEmpty(List<T> list, String name) {
    if (list == null || list.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return list;
  }

  private static String write(ObjectNode body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serializes.
      throw new IllegalStateException("Failed to serialize a Teleco request body", e);
    }
  }
}
