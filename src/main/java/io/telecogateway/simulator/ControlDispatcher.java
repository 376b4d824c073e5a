package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Serves the control endpoints under {@code /simulator}: reset, faults, call counts and api key
 * rotation. Their responses are plain JSON without the provider's envelope, and they are neither
 * counted nor subject to faults.
 */
final class ControlDispatcher implements Handler<RoutingContext> {

  private static final Logger LOG = Logger.getLogger(ControlDispatcher.class);

  /** Maximum fault delay in milliseconds (ten minutes). */
  static final long MAX_DELAY_MS = 600_000;

  private static final Pattern ROTATE_KEY =
      Pattern.compile("/simulator/accounts/([^/]+)/rotate-key");
  private static final Pattern METHOD = Pattern.compile("[A-Z]+");
  private static final String KEY_ALPHABET = "0123456789abcdef";

  private final Simulator simulator;
  private final SecureRandom random = new SecureRandom();

  ControlDispatcher(Simulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public void handle(RoutingContext context) {
    String method = context.request().method().name();
    String path = context.request().path();
    ApiResponse response;
    try {
      response = dispatch(context, method, path);
    } catch (ControlException e) {
      LOG.infof("Rejected %s %s with status %d: %s", method, path, e.status, e.getMessage());
      response = ApiResponse.controlError(e.status, e.getMessage());
    }
    context
        .response()
        .setStatusCode(response.status())
        .putHeader("Content-Type", response.contentType())
        .end(Buffer.buffer(response.body()));
  }

  private ApiResponse dispatch(RoutingContext context, String method, String path) {
    Matcher rotate = ROTATE_KEY.matcher(path);
    if (rotate.matches()) {
      requireMethod(method, "POST", path);
      return rotateKey(rotate.group(1));
    }
    switch (path) {
      case "/simulator/reset" -> {
        requireMethod(method, "POST", path);
        simulator.reset();
        LOG.info("Simulator reset to the seed data");
        return ApiResponse.plainJson(200, Json.object());
      }
      case "/simulator/faults" -> {
        return switch (method) {
          case "GET" -> ApiResponse.plainJson(200, pendingFaults());
          case "POST" -> addFault(context);
          case "DELETE" -> {
            simulator.faults().clear();
            yield ApiResponse.plainJson(200, Json.object());
          }
          default ->
              throw new ControlException(
                  405, method + " is not allowed on " + path + "; allowed: GET, POST, DELETE");
        };
      }
      case "/simulator/calls" -> {
        requireMethod(method, "GET", path);
        ObjectNode counts = Json.object();
        simulator.calls().snapshot().forEach(counts::put);
        return ApiResponse.plainJson(200, counts);
      }
      default -> throw new ControlException(404, "No control endpoint matches " + path);
    }
  }

  private static void requireMethod(String method, String allowed, String path) {
    if (!method.equals(allowed)) {
      throw new ControlException(
          405, method + " is not allowed on " + path + "; allowed: " + allowed);
    }
  }

  /**
   * Replaces the account's api key with a random one, so that the old key gets 401. The new key is
   * not returned: a client must log in again to learn it.
   */
  private ApiResponse rotateKey(String username) {
    Account account =
        simulator
            .state()
            .account(username)
            .orElseThrow(() -> new ControlException(404, "Account " + username + " not found"));
    StringBuilder key = new StringBuilder();
    for (int index = 0; index < 40; index++) {
      key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
    }
    account.replaceApiKey(key.toString());
    LOG.infof("Replaced the api key of account %s", username);
    return ApiResponse.plainJson(200, Json.object());
  }

  private ArrayNode pendingFaults() {
    ArrayNode faults = Json.array();
    simulator.faults().pending().forEach(fault -> faults.add(fault.toJson()));
    return faults;
  }

  /**
   * Registers a fault from {@code {"method":"GET","path":"/api/carriers","kind":"status-500",
   * "count":2,"delayMs":3000}}. Only path and kind are required. Count defaults to 1 and delayMs to
   * 0, except for slow, which requires a positive delayMs.
   */
  private ApiResponse addFault(RoutingContext context) {
    JsonNode body;
    try {
      Buffer buffer = context.body().buffer();
      body = Json.parse(buffer == null ? new byte[0] : buffer.getBytes());
    } catch (IOException e) {
      throw new ControlException(400, "The fault is not valid JSON: " + e.getMessage());
    }
    if (body.isMissingNode()) {
      throw new ControlException(400, "The fault body is missing; send a JSON object");
    }
    RequestFields fields;
    try {
      fields = RequestFields.root(body);
    } catch (InvalidRequestException e) {
      throw new ControlException(400, e.getMessage());
    }

    String method = fields.optionalString("method");
    String path = fields.requiredString("path");
    String kindName = fields.requiredString("kind");
    Long count = fields.optionalInteger("count");
    Long delayMs = fields.optionalInteger("delayMs");
    fields.rejectUnknownFields();

    Optional<FaultKind> kind =
        kindName == null ? Optional.empty() : FaultKind.fromWireName(kindName);
    if (kindName != null && kind.isEmpty()) {
      fields.addError(
          "kind must be one of " + FaultKind.wireNames() + ", got \"" + kindName + "\"");
    }
    String upperMethod = method == null ? null : method.toUpperCase(Locale.ROOT);
    if (upperMethod != null && !METHOD.matcher(upperMethod).matches()) {
      fields.addError("method must be an HTTP method such as GET, got \"" + method + "\"");
    }
    if (path != null && !path.startsWith("/api")) {
      fields.addError("path must start with /api, got \"" + path + "\"");
    }
    if (count != null && count < 1) {
      fields.addError("count must be at least 1, got " + count);
    }
    if (count != null && count > Integer.MAX_VALUE) {
      fields.addError("count must be at most " + Integer.MAX_VALUE + ", got " + count);
    }
    if (delayMs != null && (delayMs < 0 || delayMs > MAX_DELAY_MS)) {
      fields.addError("delayMs must be from 0 to " + MAX_DELAY_MS + ", got " + delayMs);
    }
    if (kind.orElse(null) == FaultKind.SLOW && (delayMs == null || delayMs == 0)) {
      fields.addError("delayMs must be positive for the slow fault");
    }
    try {
      fields.throwIfInvalid();
    } catch (InvalidRequestException e) {
      throw new ControlException(400, String.join("; ", e.errors()));
    }

    Fault fault =
        simulator
            .faults()
            .add(
                upperMethod,
                path,
                kind.get(),
                count == null ? 1 : count.intValue(),
                delayMs == null ? 0 : delayMs);
    LOG.infof(
        "Registered fault %s for %s %s (%d calls)",
        fault.kind().wireName(),
        fault.method() == null ? "any method" : fault.method(),
        fault.path(),
        fault.remaining());
    return ApiResponse.plainJson(201, fault.toJson());
  }

  /** Signals a control request that is rejected with the given HTTP status. */
  private static final class ControlException extends RuntimeException {
    private final int status;

    ControlException(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }
}
