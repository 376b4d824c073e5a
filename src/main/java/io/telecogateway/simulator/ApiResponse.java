package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An HTTP response built before it is sent, so that the dispatcher can hold it back for a delay.
 *
 * @param contentType null sends no Content-Type header
 */
record ApiResponse(int status, String contentType, byte[] body) {

  static final String JSON = "application/json";

  /**
   * Wraps {@code data} in the success envelope with {@code result.status} equal to the HTTP status.
   */
  static ApiResponse success(int status, String message, JsonNode data) {
    ObjectNode envelope = Json.object();
    envelope.set("result", result(message, status, 0));
    envelope.set("data", data);
    return new ApiResponse(status, JSON, Json.write(envelope));
  }

  static ApiResponse ok(String message, JsonNode data) {
    return success(200, message, data);
  }

  static ApiResponse created(String message, JsonNode data) {
    return success(201, message, data);
  }

  /**
   * Builds the error envelope. The HTTP status and {@code result.status} differ for an invalid
   * request, which the provider rejects with HTTP 200 and status 400.
   */
  static ApiResponse error(int httpStatus, int resultStatus, String message, List<String> errors) {
    ArrayNode list = Json.array();
    for (String error : errors) {
      list.add(Json.object().put("message", error));
    }
    ObjectNode data = Json.object();
    data.set("errors", list);
    ObjectNode envelope = Json.object();
    envelope.set("result", result(message, resultStatus, 1));
    envelope.set("data", data);
    return new ApiResponse(httpStatus, JSON, Json.write(envelope));
  }

  /** Builds the invalid-request envelope with the provider's own wording, typo included. */
  static ApiResponse invalidRequest(List<String> errors) {
    return error(200, 400, "An error occur", errors);
  }

  static ApiResponse notFound(String error) {
    return error(404, 404, "Not Found", List.of(error));
  }

  static ApiResponse unauthorized(String error) {
    return error(401, 401, "Unauthorized", List.of(error));
  }

  static ApiResponse methodNotAllowed(String error) {
    return error(405, 405, "Method Not Allowed", List.of(error));
  }

  static ApiResponse text(int status, String contentType, String body) {
    return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Builds a plain JSON response without the envelope, for the control endpoints. */
  static ApiResponse plainJson(int status, JsonNode body) {
    return new ApiResponse(status, JSON, Json.write(body));
  }

  static ApiResponse controlError(int status, String error) {
    return plainJson(status, Json.object().put("error", error));
  }

  private static ObjectNode result(String message, int status, int error) {
    return Json.object().put("message", message).put("status", status).put("error", error);
  }
}
