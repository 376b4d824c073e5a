package io.telecogateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import io.telecogateway.problem.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredResponsesTest {

  @Test
  void successAndClientErrorsAreStored() {
    assertThat(StoredResponses.isStored(200, Map.of())).isTrue();
    assertThat(StoredResponses.isStored(201, Map.of())).isTrue();
    assertThat(StoredResponses.isStored(204, null)).isTrue();
    assertThat(StoredResponses.isStored(400, problem(ErrorCode.INVALID_REQUEST, 400))).isTrue();
    assertThat(StoredResponses.isStored(404, problem(ErrorCode.NOT_FOUND, 404))).isTrue();
    assertThat(StoredResponses.isStored(422, problem(ErrorCode.UPSTREAM_REJECTED, 422))).isTrue();
  }

  @Test
  void providerFailuresAreStored() {
    assertThat(StoredResponses.isStored(502, problem(ErrorCode.UPSTREAM_UNAVAILABLE, 502)))
        .isTrue();
    assertThat(StoredResponses.isStored(504, problem(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN, 504)))
        .isTrue();
    assertThat(StoredResponses.isStored(504, problem(ErrorCode.UPSTREAM_TIMEOUT, 504))).isTrue();
  }

  @Test
  void gatewayFaultsAreNotStored() {
    assertThat(StoredResponses.isStored(500, problem(ErrorCode.INTERNAL_ERROR, 500))).isFalse();
    assertThat(StoredResponses.isStored(503, problem(ErrorCode.INTERNAL_ERROR, 503))).isFalse();
    assertThat(StoredResponses.isStored(503, problem(ErrorCode.UPSTREAM_UNAVAILABLE, 503)))
        .isFalse();
    assertThat(StoredResponses.isStored(501, null)).isFalse();
    assertThat(StoredResponses.isStored(500, "plain text")).isFalse();
  }

  @Test
  void replayCarriesStoredParts() {
    StoredResponse stored =
        new StoredResponse(
            201,
            "application/json;charset=UTF-8",
            Map.of("Location", List.of("http://127.0.0.1/v1/sub-clients/7")),
            "{\"id\":\"7\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    jakarta.ws.rs.core.Response replay = StoredResponses.replay(stored);

    assertThat(replay.getStatus()).isEqualTo(201);
    assertThat(replay.getHeaderString("Location")).isEqualTo("http://127.0.0.1/v1/sub-clients/7");
    assertThat(replay.getHeaderString("Idempotency-Replayed")).isEqualTo("true");
    assertThat(replay.getMediaType().toString()).isEqualTo("application/json;charset=UTF-8");
    assertThat(replay.getEntity()).isEqualTo(stored.body());
  }

  private static Problem problem(ErrorCode code, int status) {
    return ProblemResponses.problem(code, status, "detail", List.of());
  }
}
