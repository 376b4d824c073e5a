package io.telecogateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import io.telecogateway.upstream.TelecoCall.RetryClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks which failures count against the breaker and which are retried, for each retry class. */
class UpstreamFaultsTest {

  private static final TelecoCall READ = TelecoCall.read("GET", "/api/states/available");
  private static final TelecoCall ORDER = TelecoCall.write("POST", "/api/orders", "hint");

  private static final Map<String, UpstreamException> FAULTS =
      Map.of(
          "502", UpstreamException.unavailable(READ, 502, 502),
          "503", UpstreamException.unavailable(READ, 503, 503),
          "504", UpstreamException.unavailable(READ, 504, 504),
          "unreadable", UpstreamException.unreadable(READ, 200, "an empty body"),
          "connect failed", UpstreamException.connectFailed(),
          "connection lost", UpstreamException.connectionLost(READ),
          "timeout", UpstreamException.timeout(READ));

  private static final Map<String, UpstreamException> RESPONSES =
      Map.of(
          "400", UpstreamException.rejected(200, 400, List.of()),
          "422", UpstreamException.rejected(422, 422, List.of()),
          "404", UpstreamException.notFound(404, List.of()),
          "401", UpstreamException.credentialsRejected(401, 401),
          "login rejected", UpstreamException.loginRejected(200, 400));

  @Test
  void upstreamFaultsCountAgainstBreaker() {
    FAULTS.forEach(
        (name, failure) -> assertThat(UpstreamFaults.isUpstreamFault(failure)).as(name).isTrue());
    assertThat(UpstreamFaults.isUpstreamFault(UpstreamException.unavailable(READ, 500, 500)))
        .isTrue();
  }

  @Test
  void providerResponsesDoNotCountAgainstBreaker() {
    RESPONSES.forEach(
        (name, failure) -> assertThat(UpstreamFaults.isUpstreamFault(failure)).as(name).isFalse());
    assertThat(UpstreamFaults.isUpstreamFault(UpstreamException.circuitOpen(1))).isFalse();
    assertThat(UpstreamFaults.isUpstreamFault(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void readsAndIdempotentWritesRetryEveryFault() {
    for (RetryClass retryClass : List.of(RetryClass.READ, RetryClass.IDEMPOTENT_WRITE)) {
      FAULTS.forEach(
          (name, failure) ->
              assertThat(UpstreamFaults.isRetryable(retryClass, failure))
                  .as(retryClass + " after " + name)
                  .isTrue());
    }
  }

  @Test
  void nonIdempotentWritesRetryOnlyFailedConnect() {
    FAULTS.forEach(
        (name, failure) ->
            assertThat(UpstreamFaults.isRetryable(RetryClass.NON_IDEMPOTENT_WRITE, failure))
                .as(name)
                .isEqualTo(name.equals("connect failed")));
    assertThat(
            UpstreamFaults.isRetryable(
                RetryClass.NON_IDEMPOTENT_WRITE, UpstreamException.timeout(ORDER)))
        .isFalse();
  }

  @Test
  void providerResponsesAreNeverRetried() {
    for (RetryClass retryClass : RetryClass.values()) {
      RESPONSES.forEach(
          (name, failure) ->
              assertThat(UpstreamFaults.isRetryable(retryClass, failure))
                  .as(retryClass + " after " + name)
                  .isFalse());
      assertThat(UpstreamFaults.isRetryable(retryClass, UpstreamException.circuitOpen(3)))
          .as(retryClass + " after an open breaker")
          .isFalse();
    }
  }

  @Test
  void internalServerErrorIsNotRetried() {
    // A 500 usually reports a fault in handling this very request.
    assertThat(
            UpstreamFaults.isRetryable(
                RetryClass.READ, UpstreamException.unavailable(READ, 500, 500)))
        .isFalse();
  }

  @Test
  void envelopeOnlyStatusIsNotRetried() {
    // Only the HTTP status decides: a 503 inside the envelope of an HTTP 200 is not retried.
    assertThat(
            UpstreamFaults.isRetryable(
                RetryClass.READ, UpstreamException.unavailable(READ, 200, 503)))
        .isFalse();
  }
}
