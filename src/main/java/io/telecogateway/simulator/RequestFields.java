package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object in a request body and records a message for each invalid
 * field. Objects nested in the same body share one error list, so that a single response names
 * every invalid field. A JSON null counts as a missing field.
 */
final class RequestFields {

  private static final Pattern DID = Pattern.compile("[0-9]{10}");
  private static final Pattern FORWARD_NUMBER = Pattern.compile("1[0-9]{10}");

  /** Fields whose values error messages and logs must not show. */
  private static final Set<String> SECRET_FIELDS = Set.of("password", "api_token");

  private final ObjectNode object;
  private final String path;
  private final List<String> errors;
  private final Set<String> readFields = new HashSet<>();

  private RequestFields(ObjectNode object, String path, List<String> errors) {
    this.object = object;
    this.path = path;
    this.errors = errors;
  }

  /** Starts reading a request body, which must be a JSON object. */
  static RequestFields root(JsonNode body) {
    if (!(body instanceof ObjectNode object)) {
      throw new InvalidRequestException(
          "The request body must be a JSON object, got " + Json.show(body));
    }
    return new RequestFields(object, "", new ArrayList<>());
  }

  /** Returns the dotted path of this object in the body, such as {@code numbers.0}. */
  String path() {
    return path;
  }

  /** Returns the dotted name of a field of this object, such as {@code numbers.0.did_number}. */
  String name(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  void addError(String message) {
    errors.add(message);
  }

  boolean has(String field) {
    JsonNode value = object.get(field);
    return value != null && !value.isNull();
  }

  /** Throws an {@link InvalidRequestException} with every message recorded so far. */
  void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  /**
   * Records an error for each field of this object that no read method requested, because a field
   * the provider does not know is most likely a misspelt one.
   */
  void rejectUnknownFields() {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (!readFields.contains(field)) {
        errors.add(name(field) + " is not a known field");
      }
    }
  }

  String requiredString(String field) {
    JsonNode value = read(field);
    if (value == null) {
      errors.add(name(field) + " is missing");
      return null;
    }
    return string(field, value);
  }

  /** Returns null when the field is absent or invalid. */
  String optionalString(String field) {
    JsonNode value = read(field);
    return value == null ? null : string(field, value);
  }

  /** Reads a required 10-digit DID such as {@code "2055550123"}. */
  String requiredDid(String field) {
    return requiredMatching(field, DID, "a 10-digit number such as \"2055550123\"");
  }

  /** Reads a required forward target: 11 digits starting with the country code 1. */
  String requiredForwardNumber(String field) {
    return requiredMatching(
        field, FORWARD_NUMBER, "11 digits starting with 1, such as \"12055550199\"");
  }

  String requiredMatching(String field, Pattern pattern, String description) {
    JsonNode value = read(field);
    if (value == null) {
      errors.add(name(field) + " is missing");
      return null;
    }
    if (!value.isTextual() || !pattern.matcher(value.textValue()).matches()) {
      errors.add(name(field) + " must be " + description + ", got " + show(field, value));
      return null;
    }
    return value.textValue();
  }

  Long requiredInteger(String field) {
    JsonNode value = read(field);
    if (value == null) {
      errors.add(name(field) + " is missing");
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      errors.add(name(field) + " must be an integer, got " + show(field, value));
      return null;
    }
    return value.longValue();
  }

  /** Returns null when the field is absent or invalid. */
  Long optionalInteger(String field) {
    return has(field) ? requiredInteger(field) : markRead(field);
  }

  /** Returns {@code defaultValue} when the field is absent, and null when it is not a boolean. */
  Boolean optionalBoolean(String field, boolean defaultValue) {
    JsonNode value = read(field);
    if (value == null) {
      return defaultValue;
    }
    if (!value.isBoolean()) {
      errors.add(name(field) + " must be true or false, got " + show(field, value));
      return null;
    }
    return value.booleanValue();
  }

  /** Reads a nested object, such as the {@code carrier} wrapper. Returns null when invalid. */
  RequestFields requiredObject(String field) {
    JsonNode value = read(field);
    if (value == null) {
      errors.add(name(field) + " is missing");
      return null;
    }
    if (!(value instanceof ObjectNode nested)) {
      errors.add(name(field) + " must be a JSON object, got " + show(field, value));
      return null;
    }
    return new RequestFields(nested, name(field), errors);
  }

  /**
   * Reads a list sent as an object keyed "0", "1", … (the provider's encoding of a list in order
   * and route requests). The keys may come in any order, but they must be exactly 0 to n-1. Returns
   * the items in key order, or null when the list is invalid.
   */
  List<RequestFields> requiredKeyedList(String field) {
    JsonNode value = read(field);
    if (value == null) {
      errors.add(name(field) + " is missing");
      return null;
    }
    if (!(value instanceof ObjectNode keyed)) {
      errors.add(
          name(field) + " must be a JSON object keyed \"0\", \"1\", …, got " + show(field, value));
      return null;
    }
    int size = keyed.size();
    if (size == 0) {
      errors.add(name(field) + " must contain at least one item");
      return null;
    }
    List<RequestFields> items = new ArrayList<>(size);
    for (int index = 0; index < size; index++) {
      String key = Integer.toString(index);
      JsonNode item = keyed.get(key);
      if (item == null) {
        errors.add(
            name(field)
                + " must be keyed \"0\" to \""
                + (size - 1)
                + "\", but key \""
                + key
                + "\" is missing (keys: "
                + String.join(", ", (Iterable<String>) keyed::fieldNames)
                + ")");
        return null;
      }
      items.add(item(name(field) + "." + key, item));
    }
    return items.contains(null) ? null : items;
  }

  /** Reads a non-empty JSON array of objects. Returns null when the array is invalid. */
  List<RequestFields> requiredObjectArray(String field) {
    JsonNode value = read(field);
    if (value == null) {
      errors.add(name(field) + " is missing");
      return null;
    }
    if (!(value instanceof ArrayNode array)) {
      errors.add(name(field) + " must be a JSON array, got " + show(field, value));
      return null;
    }
    if (array.isEmpty()) {
      errors.add(name(field) + " must contain at least one item");
      return null;
    }
    List<RequestFields> items = new ArrayList<>(array.size());
    for (int index = 0; index < array.size(); index++) {
      items.add(item(name(field) + "." + index, array.get(index)));
    }
    return items.contains(null) ? null : items;
  }

  private RequestFields item(String itemPath, JsonNode item) {
    if (!(item instanceof ObjectNode itemObject)) {
      errors.add(itemPath + " must be a JSON object, got " + Json.show(item));
      return null;
    }
    return new RequestFields(itemObject, itemPath, errors);
  }

  private String string(String field, JsonNode value) {
    if (!value.isTextual()) {
      errors.add(name(field) + " must be a string, got " + show(field, value));
      return null;
    }
    if (value.textValue().isBlank()) {
      errors.add(name(field) + " must not be blank, got " + show(field, value));
      return null;
    }
    return value.textValue();
  }

  private static String show(String field, JsonNode value) {
    return SECRET_FIELDS.contains(field) ? "a hidden value" : Json.show(value);
  }

  /** Marks the field as known and returns its value, or null when it is absent or JSON null. */
  private JsonNode read(String field) {
    readFields.add(field);
    JsonNode value = object.get(field);
    return value == null || value.isNull() ? null : value;
  }

  private Long markRead(String field) {
    readFields.add(field);
    return null;
  }
}
