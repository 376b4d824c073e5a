package io.telecogateway.upstream;

import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * A Teleco call that failed, already mapped to the gateway's response. The {@link Kind} tells what
 * went wrong, so that retries and the circuit breaker can classify the failure without parsing
 * messages. No message contains a credential or a response body.
 */
public class UpstreamException extends ApiException {

  /** The cause of a failed call. */
  public enum Kind {
    /** Teleco responded with a 4xx other than 401, 403 and 404: a response, not an outage. */
    REJECTED,
    /** Teleco responded with 404: the id or resource does not exist. */
    NOT_FOUND,
    /** Teleco rejected the gateway's own credentials (401/403, or a failed login). */
    CREDENTIALS_REJECTED,
    /** Teleco responded with a 5xx, as an HTTP status or as {@code result.status}. */
    UNAVAILABLE,
    /** The response was empty, HTML, not JSON or not in the documented shape. */
    UNREADABLE,
    /** No connection could be opened, so the request was never sent. */
    CONNECT_FAILED,
    /** The connection failed after it was opened, before a whole response arrived. */
    CONNECTION_LOST,
    /** No whole response arrived within the call's timeout. */
    TIMEOUT,
    /** The circuit breaker is open, so the request was not sent. */
    CIRCUIT_OPEN
  }

  private final Kind kind;
  private final int upstreamStatus;

  private UpstreamException(
      Kind kind,
      int upstreamStatus,
      ErrorCode code,
      int status,
      String detail,
      List<Problem.FieldError> errors) {
    this(kind, upstreamStatus, code, status, detail, errors, Map.of());
  }

  private UpstreamException(
      Kind kind,
      int upstreamStatus,
      ErrorCode code,
      int status,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    super(code, status, detail, errors, headers);
    this.kind = kind;
    this.upstreamStatus = upstreamStatus;
  }

  public Kind kind() {
    return kind;
  }

  /** Returns the HTTP status of Teleco's response, or 0 when no response arrived. */
  public int upstreamStatus() {
    return upstreamStatus;
  }

  /**
   * Creates the failure for a 4xx other than 401, 403 and 404, keeping the provider's status.
   *
   * @param providerStatus {@code result.status}, or the HTTP status when the envelope has none
   */
  static UpstreamException rejected(
      int httpStatus, int providerStatus, List<Problem.FieldError> messages) {
    String detail =
        messages.isEmpty()
            ? "Teleco rejected the request with status " + providerStatus + " and gave no reason."
            : "Teleco rejected the request with status "
                + providerStatus
                + "; its messages are listed in errors.";
    return new UpstreamException(
        Kind.REJECTED, httpStatus, ErrorCode.UPSTREAM_REJECTED, providerStatus, detail, messages);
  }

  static UpstreamException notFound(int httpStatus, List<Problem.FieldError> messages) {
    return new UpstreamException(
        Kind.NOT_FOUND,
        httpStatus,
        ErrorCode.NOT_FOUND,
        404,
        "Teleco reported that the requested resource does not exist.",
        messages);
  }

  /** Creates the failure for a call that Teleco rejected with 401 or 403. */
  static UpstreamException credentialsRejected(int httpStatus, int providerStatus) {
    return new UpstreamException(
        Kind.CREDENTIALS_REJECTED,
        httpStatus,
        ErrorCode.UPSTREAM_UNAVAILABLE,
        502,
        "Teleco rejected the gateway's Teleco credentials with status "
            + providerStatus
            + ". The request itself was not at fault: an operator must check the tenant's"
            + " Teleco credentials in the gateway's configuration.",
        List.of());
  }

  /** Creates the failure for a login that Teleco rejected (wrong username or password). */
  static UpstreamException loginRejected(int httpStatus, int providerStatus) {
    return new UpstreamException(
        Kind.CREDENTIALS_REJECTED,
        httpStatus,
        ErrorCode.UPSTREAM_UNAVAILABLE,
        502,
        "Teleco rejected the gateway's configured credentials at login with status "
            + providerStatus
            + ". The request itself was not at fault: an operator must check the tenant's"
            + " Teleco username and password in the gateway's configuration.",
        List.of());
  }

  /**
   * Creates the failure for a 5xx from Teleco.
   *
   * @param providerStatus {@code result.status}, or the HTTP status when the envelope has none
   */
  static UpstreamException unavailable(TelecoCall call, int httpStatus, int providerStatus) {
    if (call.type() == TelecoCall.Type.WRITE && httpStatus == 504) {
      // A proxy in front of Teleco returns 504 when Teleco did not respond to it in time, so the
      // status shows nothing about whether Teleco applied the write.
      return new UpstreamException(
          Kind.UNAVAILABLE,
          httpStatus,
          ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
          504,
          "Teleco's front end timed out (HTTP 504), so the change may or may not have been"
              + " applied. "
              + call.checkHint(),
          List.of());
    }
    return new UpstreamException(
        Kind.UNAVAILABLE,
        httpStatus,
        ErrorCode.UPSTREAM_UNAVAILABLE,
        502,
        "Teleco failed with status " + providerStatus + "; try again later.",
        List.of());
  }

  /**
   * Creates the failure for a response the gateway cannot read.
   *
   * @param reason what is wrong with the response, such as {@code "a body that is not JSON"}; it
   *     must not quote the body, which may contain a credential
   */
  static UpstreamException unreadable(TelecoCall call, int httpStatus, String reason) {
    String detail = "Teleco responded with HTTP " + httpStatus + " and " + reason + ".";
    if (call.type() == TelecoCall.Type.WRITE && httpStatus >= 200 && httpStatus < 300) {
      // A success status means Teleco handled the write, so the caller must check, not retry.
      detail += " The change may have been applied. " + call.checkHint();
      return new UpstreamException(
          Kind.UNREADABLE, httpStatus, ErrorCode.UPSTREAM_OUTCOME_UNKNOWN, 504, detail, List.of());
    }
    detail += " Try again later.";
    return new UpstreamException(
        Kind.UNREADABLE, httpStatus, ErrorCode.UPSTREAM_UNAVAILABLE, 502, detail, List.of());
  }

  static UpstreamException connectFailed() {
    return new UpstreamException(
        Kind.CONNECT_FAILED,
        0,
        ErrorCode.UPSTREAM_UNAVAILABLE,
        502,
        "The gateway could not connect to Teleco; try again later.",
        List.of());
  }

  /**
   * Creates the failure for a connection that broke after the request may have been sent. For a
   * write the outcome is unknown, so the detail explains how to check it.
   */
  static UpstreamException connectionLost(TelecoCall call) {
    if (call.type() == TelecoCall.Type.WRITE) {
      return new UpstreamException(
          Kind.CONNECTION_LOST,
          0,
          ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
          504,
          "The connection to Teleco failed before its response arrived, so the change may or may"
              + " not have been applied. "
              + call.checkHint(),
          List.of());
    }
    return new UpstreamException(
        Kind.CONNECTION_LOST,
        0,
        ErrorCode.UPSTREAM_UNAVAILABLE,
        502,
        "The connection to Teleco failed before its response arrived; try again later.",
        List.of());
  }

  /**
   * Creates the failure for a call that got no response in time. For a write the outcome is
   * unknown, so the detail explains how to check it.
   */
  static UpstreamException timeout(TelecoCall call) {
    if (call.type() == TelecoCall.Type.WRITE) {
      return new UpstreamException(
          Kind.TIMEOUT,
          0,
          ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
          504,
          "Teleco did not respond in time, so the change may or may not have been applied. "
              + call.checkHint(),
          List.of());
    }
    return new UpstreamException(
        Kind.TIMEOUT,
        0,
        ErrorCode.UPSTREAM_TIMEOUT,
        504,
        "Teleco did not respond in time; try again later.",
        List.of());
  }

  /**
   * Creates the failure for a call that the open circuit breaker stopped before it was sent: 503
   * with {@code Retry-After}.
   *
   * @param retryAfterSeconds whole seconds until the breaker lets a trial call through, at least 1
   */
  static UpstreamException circuitOpen(long retryAfterSeconds) {
    return new UpstreamException(
        Kind.CIRCUIT_OPEN,
        0,
        ErrorCode.UPSTREAM_UNAVAILABLE,
        503,
        "Teleco failed repeatedly, so the gateway is not sending it requests for now; nothing was"
            + " sent. Try again after "
            + retryAfterSeconds
            + (retryAfterSeconds == 1 ? " second." : " seconds."),
        List.of(),
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }
}
