package io.telecogateway.upstream;

import io.telecogateway.upstream.TelecoCall.RetryClass;
import io.telecogateway.upstream.UpstreamException.Kind;

/** Sorts failed attempts for the circuit breaker, the retries and the retry budget. */
final class UpstreamFaults {

  private UpstreamFaults() {}

  /**
   * Tells whether a failure shows that Teleco itself is failing: a 5xx, a timeout, an unreadable
   * response or a failed connection. Teleco's 4xx responses are not faults, because a 404 or a
   * validation error is a correct response from a working upstream, and a credential rejection is
   * one tenant's configuration error that must not stop every other tenant's calls.
   */
  static boolean isUpstreamFault(Throwable failure) {
    if (!(failure instanceof UpstreamException upstream)) {
      return false;
    }
    return switch (upstream.kind()) {
      case UNAVAILABLE, UNREADABLE, CONNECT_FAILED, CONNECTION_LOST, TIMEOUT -> true;
      case REJECTED, NOT_FOUND, CREDENTIALS_REJECTED, CIRCUIT_OPEN -> false;
    };
  }

  /**
   * Tells whether a failed attempt of a call of the given class may be sent again.
   *
   * <p>A connection that could not be opened is retried for every call, because nothing was sent.
   * Reads and idempotent writes are also retried after a lost connection, a timeout, an unreadable
   * response and an HTTP 502, 503 or 504, which a load balancer or a restarting server sends. A 500
   * is not retried: it usually reports a fault in handling this very request. Nothing else is
   * retried: Teleco would send the same 4xx or {@code error: 1} response again.
   */
  static boolean isRetryable(RetryClass retryClass, Throwable failure) {
    if (!(failure instanceof UpstreamException upstream)) {
      return false;
    }
    if (upstream.kind() == Kind.CONNECT_FAILED) {
      return true;
    }
    if (retryClass == RetryClass.NON_IDEMPOTENT_WRITE) {
      return false;
    }
    return switch (upstream.kind()) {
      case CONNECTION_LOST, TIMEOUT, UNREADABLE -> true;
      case UNAVAILABLE -> isGatewayStatus(upstream.upstreamStatus());
      default -> false;
    };
  }

  // NOTE: only the HTTP status counts here, because UpstreamException keeps no other. A 502, 503 or
  // 504 that Teleco reports only in the envelope of an HTTP 200 is not retried.
  private static boolean isGatewayStatus(int httpStatus) {
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
  }
}
