package io.telecogateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.telecogateway.cache.RefreshFailures.Handling;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Failures raised around the call to Teleco. The failures Teleco itself causes are covered end to
 * end in {@link CachedReferenceDataTest}.
 */
class RefreshFailuresTest {

  @Test
  void unavailableServesStale() {
    ApiException queueFull =
        new ApiException(ErrorCode.UPSTREAM_UNAVAILABLE, 503, "full", List.of(), Map.of());

    assertThat(RefreshFailures.handlingOf(queueFull)).isEqualTo(Handling.SERVE_STALE);
    assertThat(RefreshFailures.forwardStatusOf(queueFull)).isEqualTo(503);
    assertThat(RefreshFailures.codeOf(queueFull)).isEqualTo("upstream_unavailable");
  }

  @Test
  void timeoutServesStale() {
    ApiException timeout = new ApiException(ErrorCode.UPSTREAM_TIMEOUT, "slow");

    assertThat(RefreshFailures.handlingOf(timeout)).isEqualTo(Handling.SERVE_STALE);
    assertThat(RefreshFailures.forwardStatusOf(timeout)).isEqualTo(504);
  }

  @Test
  void unmappedExceptionServesStale() {
    TimeoutException timeout = new TimeoutException();

    assertThat(RefreshFailures.handlingOf(timeout)).isEqualTo(Handling.SERVE_STALE);
    assertThat(RefreshFailures.forwardStatusOf(timeout)).isEqualTo(502);
    assertThat(RefreshFailures.codeOf(timeout)).isEqualTo("upstream_unavailable");
  }

  @Test
  void notFoundEvicts() {
    assertThat(RefreshFailures.handlingOf(new ApiException(ErrorCode.NOT_FOUND, "gone")))
        .isEqualTo(Handling.EVICT);
    assertThat(RefreshFailures.handlingOf(new ApiException(ErrorCode.UPSTREAM_REJECTED, "no")))
        .isEqualTo(Handling.EVICT);
  }

  @Test
  void otherErrorsPassThrough() {
    assertThat(RefreshFailures.handlingOf(new ApiException(ErrorCode.INTERNAL_ERROR, "bug")))
        .isEqualTo(Handling.PASS_THROUGH);
    assertThat(RefreshFailures.handlingOf(new ApiException(ErrorCode.RATE_LIMITED, "slow down")))
        .isEqualTo(Handling.PASS_THROUGH);
  }
}
