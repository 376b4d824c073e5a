package io.telecogateway.api.openapi;

import static io.telecogateway.api.openapi.HeaderDocs.IDEMPOTENCY_REPLAYED;
import static io.telecogateway.api.openapi.HeaderDocs.RATE_LIMIT;
import static io.telecogateway.api.openapi.HeaderDocs.RATE_LIMIT_POLICY;
import static io.telecogateway.api.openapi.HeaderDocs.REQUEST_ID;
import static io.telecogateway.api.openapi.HeaderDocs.RETRY_AFTER;
import static io.telecogateway.api.openapi.HeaderDocs.WWW_AUTHENTICATE;

import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem-details responses of the {@code /v1} operations, declared once under {@code
 * components.responses}. Each has the headers the gateway sends with it and an example of the
 * gateway's response on the embedded simulator, some of them provoked with the simulator's fault
 * injection. {@code OpenApiExamplesOnSimulatorTest} replays those that need no fault (400, 401,
 * 404, 406, 413, 415, 422 and 4XX). {@link V1OpenApiFilter} decides which operation can return
 * which.
 */
enum ErrorResponses {
  INVALID_REQUEST(
      "400",
      "InvalidRequest",
      "The request is invalid (invalid_request: malformed JSON, an unknown field, a wrong type, a"
          + " failed constraint, an invalid path id, query value, X-Request-Id or Idempotency-Key;"
          + " invalid_phone_number: a phone number that is not a valid NANP number), and nothing"
          + " was sent to Teleco; errors names each invalid field. Or Teleco rejected the request"
          + " with a 400 (upstream_rejected), and errors lists its messages.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY, RATE_LIMIT, IDEMPOTENCY_REPLAYED),
      "invalidRequestId",
      """
      {"type":"https://teleco-gateway.dev/problems/invalid-request","title":"Invalid request",
       "status":400,"detail":"Header X-Request-Id must be 1 to 128 characters of A-Z, a-z, 0-9 and\
       ._:/+=@-; a new id was assigned to this request.","code":"invalid_request",
       "requestId":"e57afb2d-f573-400f-8795-ef7bfa7c74e1","errors":[{"field":"X-Request-Id",
       "message":"must be 1 to 128 characters of A-Z, a-z, 0-9 and ._:/+=@-"}]}
      """),
  UNAUTHORIZED(
      "401",
      "Unauthorized",
      "The caller key is missing, not a Bearer credential, or unknown (unauthorized).",
      List.of(REQUEST_ID, WWW_AUTHENTICATE),
      "missingCallerKey",
      """
      {"type":"https://teleco-gateway.dev/problems/unauthorized","title":"Unauthorized",
       "status":401,"detail":"Missing caller key: send Authorization: Bearer <caller key>.",
       "code":"unauthorized","requestId":"eca11e6f-a05e-480d-b5f3-ce994528777e"}
      """),
  NOT_FOUND(
      "404",
      "NotFound",
      "Teleco does not know the id in the path (not_found); errors lists its messages.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY, RATE_LIMIT, IDEMPOTENCY_REPLAYED),
      "unknownNumber",
      """
      {"type":"https://teleco-gateway.dev/problems/not-found","title":"Not found","status":404,
       "detail":"Teleco reported that the requested resource does not exist.","code":"not_found",
       "requestId":"44735420-16dd-430c-9cc6-48596bc22d31",
       "errors":[{"message":"Inventory 999 not found"}]}
      """),
  NOT_ACCEPTABLE(
      "406",
      "NotAcceptable",
      "The Accept header excludes JSON (not_acceptable).",
      List.of(REQUEST_ID),
      "textAccepted",
      """
      {"type":"https://teleco-gateway.dev/problems/not-acceptable","title":"Not acceptable",
       "status":406,"detail":"This resource answers application/json (errors as\
       application/problem+json).","code":"not_acceptable",
       "requestId":"62187b95-3198-465f-984b-bab6dcb6b271"}
      """),
  IDEMPOTENCY_KEY_IN_USE(
      "409",
      "IdempotencyKeyInUse",
      "A request with this Idempotency-Key is still running (idempotency_key_in_use); retry after"
          + " Retry-After seconds to get its response.",
      List.of(REQUEST_ID, RETRY_AFTER, RATE_LIMIT_POLICY, RATE_LIMIT),
      "keyInUse",
      """
      {"type":"https://teleco-gateway.dev/problems/idempotency-key-in-use",
       "title":"Idempotency key in use","status":409,"detail":"A request with this\
       Idempotency-Key is still being processed; retry after it completes.",
       "code":"idempotency_key_in_use","requestId":"c0eda7ea-01cf-4c88-ae80-6d8f3181c657"}
      """),
  PAYLOAD_TOO_LARGE(
      "413",
      "PayloadTooLarge",
      "The batch has more items than the tenant's burst, so it could never be admitted"
          + " (payload_too_large); nothing was sent to Teleco.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY),
      "batchOverBurst",
      """
      {"type":"https://teleco-gateway.dev/problems/payload-too-large","title":"Payload too large",
       "status":413,"detail":"This batch has 101 items, more than the burst of 100 of tenant demo,\
       so it could never be admitted: send at most 100 items per call.",
       "code":"payload_too_large","requestId":"bd78812a-5e10-4f3a-9b79-c34134235ae3"}
      """),
  UNSUPPORTED_MEDIA_TYPE(
      "415",
      "UnsupportedMediaType",
      "The request body is not sent as application/json (unsupported_media_type).",
      List.of(REQUEST_ID),
      "textBody",
      """
      {"type":"https://teleco-gateway.dev/problems/unsupported-media-type",
       "title":"Unsupported media type","status":415,"detail":"The request body must be sent as\
       application/json.","code":"unsupported_media_type",
       "requestId":"bae5e6af-0aa6-4488-81d4-da2e0115f8aa"}
      """),
  IDEMPOTENCY_KEY_REUSED(
      "422",
      "IdempotencyKeyReused",
      "This Idempotency-Key was already used with another method, path or body"
          + " (idempotency_key_reused); send a new key for a new request.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY, RATE_LIMIT),
      "keyReused",
      """
      {"type":"https://teleco-gateway.dev/problems/idempotency-key-reused",
       "title":"Idempotency key reused","status":422,"detail":"Idempotency-Key was already used\
       for a different request (another body, method or path); send a new key for a new\
       request.","code":"idempotency_key_reused",
       "requestId":"03b3ff9e-5ccc-487d-b000-7fc0853b418f"}
      """),
  RATE_LIMITED(
      "429",
      "RateLimited",
      "The tenant's rate limit is spent (rate_limited); nothing was sent to Teleco. Retry after"
          + " Retry-After seconds.",
      List.of(REQUEST_ID, RETRY_AFTER, RATE_LIMIT_POLICY, RATE_LIMIT),
      "limitSpent",
      """
      {"type":"https://teleco-gateway.dev/problems/rate-limited","title":"Too many requests",
       "status":429,"detail":"This call needs 1 request of the rate limit of tenant demo (50 per\
       second, burst 100, 0 left); retry after 1 second.","code":"rate_limited",
       "requestId":"55e71fd6-ca45-4ff1-a088-8e1ce217b94f"}
      """),
  UPSTREAM_REJECTED(
      "4XX",
      "UpstreamRejected",
      "Teleco rejected the request with a 4xx status other than 401, 403 and 404, and the"
          + " response has Teleco's status (upstream_rejected); errors lists Teleco's messages.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY, RATE_LIMIT, IDEMPOTENCY_REPLAYED),
      "numberTaken",
      """
      {"type":"https://teleco-gateway.dev/problems/upstream-rejected",
       "title":"Rejected by the provider","status":400,"detail":"Teleco rejected the request with\
       status 400; its messages are listed in errors.","code":"upstream_rejected",
       "requestId":"952f8e07-110d-40c9-89f5-f2b16326b41a",
       "errors":[{"message":"numbers.0.did_number 2055550100 is not available"}]}
      """),
  // NOTE: the simulator cannot make the gateway fail, so this example was not observed; its detail
  // is the one ProblemMappers sends, and its request id is made up.
  INTERNAL_ERROR(
      "500",
      "InternalError",
      "A fault in the gateway, or an idempotency store it cannot reach (internal_error); quote"
          + " the requestId when reporting it. Not stored for an Idempotency-Key, so a retry with"
          + " the same key runs again.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY, RATE_LIMIT),
      "gatewayFault",
      """
      {"type":"https://teleco-gateway.dev/problems/internal-error","title":"Internal error",
       "status":500,"detail":"The gateway failed to process the request; quote the request id\
       when reporting it.","code":"internal_error",
       "requestId":"2f6f3c1e-8d1b-4d55-9a57-0c6d1e0a9b42"}
      """),
  UPSTREAM_UNAVAILABLE(
      "502",
      "UpstreamUnavailable",
      "Teleco answered with a 5xx, HTML, an empty or unreadable body, or rejected the gateway's"
          + " own credentials (upstream_unavailable). The gateway retried the calls it may"
          + " retry.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY, RATE_LIMIT, IDEMPOTENCY_REPLAYED),
      "providerFailed",
      """
      {"type":"https://teleco-gateway.dev/problems/upstream-unavailable",
       "title":"Provider unavailable","status":502,"detail":"Teleco failed with status 503; try\
       again later.","code":"upstream_unavailable",
       "requestId":"b88bf83f-732f-4ea9-a296-026608828983"}
      """),
  UPSTREAM_BUSY(
      "503",
      "UpstreamBusy",
      "The gateway did not call Teleco (upstream_unavailable): its circuit breaker is open after"
          + " repeated failures, or the Teleco account's call ceiling is reached. Retry after"
          + " Retry-After seconds. A replica that is shutting down rejects new requests with"
          + " shutting_down and Retry-After: 1, without rate-limit headers; retry, and another"
          + " replica serves the request.",
      List.of(REQUEST_ID, RETRY_AFTER, RATE_LIMIT_POLICY, RATE_LIMIT),
      "breakerOpen",
      """
      {"type":"https://teleco-gateway.dev/problems/upstream-unavailable",
       "title":"Provider unavailable","status":503,"detail":"Teleco failed repeatedly, so the\
       gateway is not sending it requests for now; nothing was sent. Try again after 2\
       seconds.","code":"upstream_unavailable",
       "requestId":"5da5c281-8914-48c6-9a4e-cb40a30ceae7"}
      """),
  UPSTREAM_TIMEOUT(
      "504",
      "UpstreamTimeout",
      "Teleco did not answer in time (upstream_timeout, for reads), or a write timed out or lost"
          + " its connection after it was sent, or Teleco answered it unreadably"
          + " (upstream_outcome_unknown). For upstream_outcome_unknown the write may have been"
          + " applied, and detail names the call that shows whether it was.",
      List.of(REQUEST_ID, RATE_LIMIT_POLICY, RATE_LIMIT, IDEMPOTENCY_REPLAYED),
      "providerTimedOut",
      """
      {"type":"https://teleco-gateway.dev/problems/upstream-timeout","title":"Provider timed out",
       "status":504,"detail":"Teleco did not respond in time; try again later.",
       "code":"upstream_timeout","requestId":"74072ba1-60a9-45df-85c6-93811f2ec7df"}
      """);

  private final String status;
  private final String componentName;
  private final String description;
  private final List<String> headers;
  private final String exampleName;
  private final String exampleJson;

  ErrorResponses(
      String status,
      String componentName,
      String description,
      List<String> headers,
      String exampleName,
      String exampleJson) {
    this.status = status;
    this.componentName = componentName;
    this.description = description;
    this.headers = headers;
    this.exampleName = exampleName;
    this.exampleJson = exampleJson;
  }

  /** Returns the response key: an HTTP status, or {@code 4XX} for a range. */
  String status() {
    return status;
  }

  String componentName() {
    return componentName;
  }

  /** Returns a reference to the declared response. */
  APIResponse ref() {
    return OASFactory.createAPIResponse().ref(componentName);
  }

  /**
   * Declares every response, with its example, under {@code components.responses}, and lists the
   * error codes in the {@code Problem} schema.
   */
  static void register(Components components) {
    Schema problem =
        components.getSchemas() == null ? null : components.getSchemas().get("Problem");
    if (problem != null && problem.getProperties() != null) {
      problem
          .getProperties()
          .get("code")
          .enumeration(Arrays.stream(ErrorCode.values()).map(c -> (Object) c.code()).toList());
    }
    for (ErrorResponses response : values()) {
      APIResponse declared = response.withoutExamples();
      declared
          .getContent()
          .getMediaType(Problem.MEDIA_TYPE)
          .addExample(response.exampleName, Examples.example(null, response.exampleJson));
      components.addResponse(response.componentName, declared);
    }
  }

  /** Finds the response that a reference such as {@code #/components/responses/NotFound} names. */
  static Optional<ErrorResponses> byRef(String ref) {
    return Arrays.stream(values())
        .filter(response -> ref.equals("#/components/responses/" + response.componentName))
        .findFirst();
  }

  /**
   * Builds the response without a reference and without examples, so that an operation can show its
   * own examples in place of the shared one.
   */
  APIResponse withoutExamples() {
    APIResponse response = OASFactory.createAPIResponse().description(description);
    headers.forEach(name -> response.addHeader(name, HeaderDocs.ref(name)));
    Content content =
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    return response.content(content);
  }
}
