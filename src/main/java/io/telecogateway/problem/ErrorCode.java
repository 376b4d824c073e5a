package io.telecogateway.problem;

/**
 * The stable error codes of the {@code /v1} API. The {@code code} string and the HTTP status of
 * each value are part of the public contract: values may be added, never renamed or removed.
 */
public enum ErrorCode {
  INVALID_REQUEST(400, "Invalid request"),
  INVALID_PHONE_NUMBER(400, "Invalid phone number"),
  UNAUTHORIZED(401, "Unauthorized"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  IDEMPOTENCY_KEY_IN_USE(409, "Idempotency key in use"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
  RATE_LIMITED(429, "Too many requests"),
  UPSTREAM_REJECTED(400, "Rejected by the provider"),
  INTERNAL_ERROR(500, "Internal error"),
  SHUTTING_DOWN(503, "Shutting down"),
  UPSTREAM_UNAVAILABLE(502, "Provider unavailable"),
  UPSTREAM_TIMEOUT(504, "Provider timed out"),
  UPSTREAM_OUTCOME_UNKNOWN(504, "Provider outcome unknown");

  private final int defaultStatus;
  private final String title;

  ErrorCode(int defaultStatus, String title) {
    this.defaultStatus = defaultStatus;
    this.title = title;
  }

  /**
   * Returns the value of the problem's {@code code} member, such as {@code invalid_phone_number}.
   */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns the HTTP status used when the code does not come with a more precise one. */
  public int defaultStatus() {
    return defaultStatus;
  }

  public String title() {
    return title;
  }

  /**
   * Returns the problem type URI, such as {@code
   * https://teleco-gateway.dev/problems/invalid-phone-number}.
   */
  public String type() {
    return "https://teleco-gateway.dev/problems/" + code().replace('_', '-');
  }
}
