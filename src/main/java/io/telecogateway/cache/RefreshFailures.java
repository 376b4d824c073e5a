package io.telecogateway.cache;

import io.telecogateway.problem.ApiException;
import io.telecogateway.upstream.UpstreamException;

/** Decides what a failed call to Teleco means for the entry of its key. */
final class RefreshFailures {

  /** The handling of a key's entry after a failed call. */
  enum Handling {
    /**
     * Teleco failed or could not be reached: the entry may still be right, so it is served while it
     * is within {@code gateway.cache.max-stale}.
     */
    SERVE_STALE,
    /**
     * Teleco responded that the request is wrong or the resource does not exist, such as a state
     * that was withdrawn: the entry is removed and the error returned.
     */
    EVICT,
    /**
     * Teleco rejected the gateway's credentials for the account: the error is returned and the
     * entry kept but not served, so that a revoked account's data is not handed out for days.
     */
    PASS_THROUGH
  }

  private RefreshFailures() {}

  static Handling handlingOf(Throwable failure) {
    if (failure instanceof UpstreamException upstream) {
      return switch (upstream.kind()) {
        case UNAVAILABLE, UNREADABLE, CONNECT_FAILED, CONNECTION_LOST, TIMEOUT, CIRCUIT_OPEN ->
            Handling.SERVE_STALE;
        case NOT_FOUND, REJECTED -> Handling.EVICT;
        case CREDENTIALS_REJECTED -> Handling.PASS_THROUGH;
      };
    }
    if (failure instanceof ApiException api) {
      // Raised around the call, not by Teleco: for example a full queue toward the account.
      return switch (api.code()) {
        case UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT -> Handling.SERVE_STALE;
        case NOT_FOUND, UPSTREAM_REJECTED -> Handling.EVICT;
        default -> Handling.PASS_THROUGH;
      };
    }
    // Any other exception means the call got no response, such as a timeout or an open circuit
    // breaker that no mapper turned into an ApiException.
    return Handling.SERVE_STALE;
  }

  /**
   * Returns the {@code fwd-status} of a stale serve: Teleco's HTTP status when it was an error
   * status, otherwise the status the gateway would have returned. That covers a timeout (504), a
   * failed connection (502) and an error envelope on HTTP 200 (502), whose 200 would read as a
   * success.
   */
  static int forwardStatusOf(Throwable failure) {
    if (failure instanceof UpstreamException upstream && upstream.upstreamStatus() >= 400) {
      return upstream.upstreamStatus();
    }
    if (failure instanceof ApiException api) {
      return api.status();
    }
    return 502;
  }

  /** Returns the error code for the {@code detail} of a stale serve, such as upstream_timeout. */
  static String codeOf(Throwable failure) {
    return failure instanceof ApiException api ? api.code().code() : "upstream_unavailable";
  }
}
