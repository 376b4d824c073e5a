package io.telecogateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One call to an {@code /api} route: its state, account, path parameters, query and body. */
final class ApiCall {

  /** Longer digit strings cannot be a stored id and would overflow a long. */
  private static final int MAX_ID_DIGITS = 18;

  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("^(Unrecognized token) '[^']*'", Pattern.DOTALL);

  private final RoutingContext context;
  private final SimulatorState state;
  private final Account account;
  private final Map<String, String> pathParams;

  ApiCall(
      RoutingContext context,
      SimulatorState state,
      Account account,
      Map<String, String> pathParams) {
    this.context = context;
    this.state = state;
    this.account = account;
    this.pathParams = pathParams;
  }

  SimulatorState state() {
    return state;
  }

  /** Returns the authenticated account, or null for login, which takes no Basic credentials. */
  Account account() {
    return account;
  }

  String pathParam(String name) {
    return pathParams.get(name);
  }

  /**
   * Parses a numeric id from the path.
   *
   * @param resource the name used in the 404 message, such as "Inventory"
   * @throws NotFoundException when the segment is not a decimal id
   */
  long pathId(String name, String resource) {
    String segment = pathParams.get(name);
    if (segment == null
        || segment.isEmpty()
        || segment.length() > MAX_ID_DIGITS
        || !segment.chars().allMatch(Character::isDigit)) {
      throw new NotFoundException(resource + " " + segment + " not found");
    }
    return Long.parseLong(segment);
  }

  /** Returns every value of a query parameter, in request order. */
  List<String> queryParams(String name) {
    return context.queryParam(name);
  }

  /**
   * Parses the JSON body.
   *
   * @throws InvalidRequestException when the body is empty, the Content-Type is not
   *     application/json, or the body is not valid JSON
   */
  JsonNode body() {
    Buffer body = context.body().buffer();
    if (body == null || body.length() == 0) {
      throw new InvalidRequestException("The request body is missing");
    }
    String contentType = context.request().getHeader("Content-Type");
    if (contentType == null) {
      throw new InvalidRequestException(
          "The Content-Type header is missing; send application/json");
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw new InvalidRequestException(
          "Content-Type " + contentType + " is not supported; send application/json");
    }
    JsonNode json;
    try {
      json = Json.parse(body.getBytes());
    } catch (JsonProcessingException e) {
      // Jackson quotes an unrecognized token, which may be part of a password, so drop it.
      String reason = UNRECOGNIZED_TOKEN.matcher(e.getOriginalMessage()).replaceFirst("$1");
      throw new InvalidRequestException("The request body is not valid JSON: " + reason);
    } catch (IOException e) {
      throw new InvalidRequestException("The request body is not valid JSON: " + e.getMessage());
    }
    if (json.isMissingNode()) {
      throw new InvalidRequestException("The request body is missing");
    }
    return json;
  }
}
