package io.telecogateway.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.telecogateway.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads Teleco's responses: the envelope {@code {"result":{"message","status","error"},"data":…}},
 * whatever the HTTP status, and the {@code data} of each call. A success returns the decoded {@code
 * data}; everything else becomes an {@link UpstreamException}.
 *
 * <p>The decoder is liberal, because Teleco documents little of its responses: unknown members are
 * ignored, ids may be numbers or strings, optional members may be missing, and the HTTP status may
 * disagree with {@code result.status}. It has its own {@link ObjectMapper} for this, because the
 * application's mapper rejects unknown members of the gateway's own requests.
 *
 * <p>Every record that this decoder reads is annotated {@code @RegisterForReflection}: Jackson
 * builds records by reflection, which a native executable allows only for registered classes.
 */
final class EnvelopeDecoder {

  /** At most this many provider messages are copied into a problem's {@code errors}. */
  static final int MAX_MESSAGES = 20;

  /** Longer provider messages are cut to this many characters. */
  static final int MAX_MESSAGE_LENGTH = 500;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private EnvelopeDecoder() {}

  /** Reads the {@code data} member of a successful response. */
  @FunctionalInterface
  interface DataReader<T> {

    /**
     * Returns the value of {@code data}.
     *
     * @param data the member, or null when the envelope has none
     * @throws UnreadableDataException when {@code data} lacks a part the caller needs
     */
    T read(JsonNode data) throws UnreadableDataException;
  }

  /** Signals that {@code data} lacks a required part; the message names it, never its content. */
  static final class UnreadableDataException extends Exception {
    UnreadableDataException(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Decodes one response.
   *
   * @param body the raw body, empty when there is none
   * @throws UpstreamException for every response that is not a readable success
   */
  static <T> T decode(TelecoCall call, int httpStatus, byte[] body, DataReader<T> reader) {
    JsonNode envelope = parse(body);
    JsonNode result = envelope == null ? null : envelope.get("result");
    boolean success = httpStatus >= 200 && httpStatus < 300;
    if (result == null || !result.isObject()) {
      if (success && httpStatus == 204 && body.length == 0 && reader == NO_DATA) {
        return null;
      }
      if (httpStatus >= 400 && httpStatus < 600) {
        throw failure(call, httpStatus, httpStatus, List.of());
      }
      throw UpstreamException.unreadable(call, httpStatus, describe(body, envelope));
    }

    int providerStatus = statusOf(result.get("status"));
    if (Boolean.TRUE.equals(errorFlagOf(result.get("error"))) || providerStatus >= 400) {
      int status = providerStatus >= 400 && providerStatus < 600 ? providerStatus : httpStatus;
      throw failure(call, httpStatus, status, messagesOf(envelope.get("data"), result));
    }
    if (!success) {
      // An envelope without an error on an error status: the HTTP status is the cautious reading.
      throw failure(call, httpStatus, httpStatus, messagesOf(envelope.get("data"), result));
    }
    try {
      return reader.read(envelope.get("data"));
    } catch (UnreadableDataException e) {
      throw UpstreamException.unreadable(call, httpStatus, e.getMessage());
    }
  }

  private static UpstreamException failure(
      TelecoCall call, int httpStatus, int status, List<Problem.FieldError> messages) {
    boolean login = call.type() == TelecoCall.Type.LOGIN;
    if (status == 401 || status == 403) {
      return login
          ? UpstreamException.loginRejected(httpStatus, status)
          : UpstreamException.credentialsRejected(httpStatus, status);
    }
    if (status >= 400 && status < 500) {
      if (login) {
        // Teleco responds to a wrong password with status 400.
        return UpstreamException.loginRejected(httpStatus, status);
      }
      return status == 404
          ? UpstreamException.notFound(httpStatus, messages)
          : UpstreamException.rejected(httpStatus, status, messages);
    }
    if (status >= 500 && status < 600) {
      return UpstreamException.unavailable(call, httpStatus, status);
    }
    return UpstreamException.unreadable(
        call, httpStatus, "an envelope that reports neither a success nor a 4xx or 5xx error");
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      // The parser's message may quote the body, which may hold a credential: it is not kept.
      return null;
    }
  }

  private static String describe(byte[] body, JsonNode envelope) {
    if (body.length == 0) {
      return "an empty body";
    }
    if (envelope == null) {
      return "a body that is not a JSON object";
    }
    return "a JSON body without the result envelope";
  }

  /** Returns {@code result.status} as a number, or 0 when it is missing or not a number. */
  private static int statusOf(JsonNode status) {
    if (status == null) {
      return 0;
    }
    if (status.isNumber()) {
      return status.asInt();
    }
    return status.isTextual() ? status.asInt(0) : 0;
  }

  /**
   * Returns {@code result.error} as true (1, "1", true) or false (0, "0", false), or null when it
   * is missing or has another value, in which case the statuses decide.
   */
  private static Boolean errorFlagOf(JsonNode error) {
    if (error == null || error.isNull()) {
      return null;
    }
    if (error.isBoolean()) {
      return error.booleanValue();
    }
    String text = error.asText();
    if (text.equals("0") || text.equals("false")) {
      return false;
    }
    if (text.equals("1") || text.equals("true")) {
      return true;
    }
    return null;
  }

  /**
   * Collects the provider's messages from {@code data.errors}, which is documented as {@code
   * [{"message": …}]}; plain strings and an object of member names to messages are read too. When
   * there are none, {@code result.message} is used.
   */
  private static List<Problem.FieldError> messagesOf(JsonNode data, JsonNode result) {
    List<String> messages = new ArrayList<>();
    JsonNode errors = data == null ? null : data.get("errors");
    if (errors != null && errors.isArray()) {
      for (JsonNode error : errors) {
        JsonNode message = error.isObject() ? error.get("message") : error;
        addMessage(messages, message, null);
      }
    } else if (errors != null && errors.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = errors.fields();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        if (member.getValue().isArray()) {
          member.getValue().forEach(m -> addMessage(messages, m, member.getKey()));
        } else {
          addMessage(messages, member.getValue(), member.getKey());
        }
      }
    }
    if (messages.isEmpty()) {
      addMessage(messages, result.get("message"), null);
    }
    return messages.stream().limit(MAX_MESSAGES).map(m -> new Problem.FieldError(null, m)).toList();
  }

  private static void addMessage(List<String> messages, JsonNode message, String member) {
    if (message == null || !message.isValueNode() || message.isNull()) {
      return;
    }
    String text = message.asText().strip();
    if (text.isEmpty()) {
      return;
    }
    if (member != null) {
      text = member + " " + text;
    }
    if (text.length() > MAX_MESSAGE_LENGTH) {
      text = text.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }
    messages.add(text);
  }

  // Readers of the data member, one per response shape.

  /** Ignores {@code data}; for calls whose response carries nothing the gateway uses. */
  static final DataReader<Void> NO_DATA = data -> null;

  /** Reads {@code data} as a list of objects. */
  static <T> DataReader<List<T>> listOf(Class<T> type) {
    return data -> readList(data, "data", type);
  }

  /** Reads {@code data} as one object. */
  static <T> DataReader<T> objectOf(Class<T> type) {
    return data -> readObject(requireObject(data, "data"), "data", type);
  }

  /** Reads {@code {"pagination":{…},"data_arr":[…]}}; every part is required. */
  static DataReader<InventoryPage> inventoryPage() {
    return data -> {
      JsonNode pagination =
          requireObject(requireObject(data, "data").get("pagination"), "data.pagination");
      return new InventoryPage(
          (int) requireNumber(pagination.get("current_page"), "data.pagination.current_page"),
          (int) requireNumber(pagination.get("total_pages"), "data.pagination.total_pages"),
          requireNumber(pagination.get("total_count"), "data.pagination.total_count"),
          readList(data.get("data_arr"), "data.data_arr", InventoryItem.class));
    };
  }

  /** Reads {@code {"order_id":…,"numbers":[…]}}; {@code order_id} is optional. */
  static DataReader<OrderResult> orderResult() {
    return data -> {
      JsonNode orderId = requireObject(data, "data").get("order_id");
      String id =
          orderId == null || !orderId.isValueNode() || orderId.isNull() ? null : orderId.asText();
      return new OrderResult(id, readList(data.get("numbers"), "data.numbers", NumberStatus.class));
    };
  }

  /** Reads {@code {"numbers":[…]}}. */
  static DataReader<RouteResult> routeResult() {
    return data ->
        new RouteResult(
            readList(
                requireObject(data, "data").get("numbers"), "data.numbers", NumberStatus.class));
  }

  /**
   * Reads the api key from a login response, documented as {@code [{"api_key":…}]}; a single object
   * is read too.
   */
  static DataReader<String> apiKey() {
    return data -> {
      JsonNode user = data != null && data.isArray() && !data.isEmpty() ? data.get(0) : data;
      JsonNode key = user != null && user.isObject() ? user.get("api_key") : null;
      if (key == null || !key.isValueNode() || key.isNull() || key.asText().isEmpty()) {
        throw new UnreadableDataException("a login response without data[0].api_key");
      }
      return key.asText();
    };
  }

  private static <T> List<T> readList(JsonNode node, String name, Class<T> type)
      throws UnreadableDataException {
    if (node == null || !node.isArray()) {
      throw new UnreadableDataException(
          node == null || node.isNull() ? "no " + name + " list" : name + " that is not a list");
    }
    List<T> items = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      if (!item.isObject()) {
        throw new UnreadableDataException(name + " with items that are not objects");
      }
      items.add(readObject(item, "an item of " + name, type));
    }
    return List.copyOf(items);
  }

  private static <T> T readObject(JsonNode node, String name, Class<T> type)
      throws UnreadableDataException {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // Jackson's message may quote values and names Java classes: only the member is kept.
      String member =
          e instanceof JsonMappingException mapping
              ? mapping.getPath().stream()
                  .map(JsonMappingException.Reference::getFieldName)
                  .filter(Objects::nonNull)
                  .collect(Collectors.joining("."))
              : "";
      throw new UnreadableDataException(
          member.isEmpty()
              ? name + " of an unexpected shape"
              : name + " whose member " + member + " has an unexpected type");
    }
  }

  private static JsonNode requireObject(JsonNode node, String name) throws UnreadableDataException {
    if (node == null || !node.isObject()) {
      throw new UnreadableDataException(
          node == null || node.isNull()
              ? "no " + name + " object"
              : name + " that is not an object");
    }
    return node;
  }

  private static long requireNumber(JsonNode node, String name) throws UnreadableDataException {
    if (node != null && node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node != null && node.isTextual() && node.asText().matches("[0-9]{1,18}")) {
      return Long.parseLong(node.asText());
    }
    throw new UnreadableDataException("no whole number at " + name);
  }
}
