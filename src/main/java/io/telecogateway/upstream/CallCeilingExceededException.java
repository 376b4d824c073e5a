package io.telecogateway.upstream;

import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * The failure of {@link TelecoCallPermits#acquire} when a Teleco account is over its call ceiling:
 * 503 {@code upstream_unavailable} with {@code Retry-After}. Nothing was sent to Teleco, so the
 * call may be sent again later whatever it is.
 */
public class CallCeilingExceededException extends ApiException {

  /**
   * @param retryAfterSeconds whole seconds until the call would find its turn, at least 1
   */
  public CallCeilingExceededException(long retryAfterSeconds) {
    super(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        503,
        "The gateway is sending the provider as many calls as it allows; retry after "
            + retryAfterSeconds
            + (retryAfterSeconds == 1 ? " second." : " seconds."),
        List.of(),
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }
}
