package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.telecogateway.upstream.TelecoErrorMappingTest.envelope;
import static io.telecogateway.upstream.TelecoErrorMappingTest.failureOf;
import static io.telecogateway.upstream.TelecoErrorMappingTest.json;
import static io.telecogateway.upstream.TelecoWireMock.ACME_API_KEY;
import static io.telecogateway.upstream.TelecoWireMock.ACME_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoLogin;
import io.telecogateway.upstream.UpstreamException.Kind;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the circuit breaker through its states. The profile opens it when at least half of the
 * last 6 attempts failed, keeps it open for 500 ms, and closes it after 2 successful trial calls.
 */
@QuarkusTest
@TestProfile(FaultToleranceProfile.class)
class CircuitBreakerTest {

  private static final String STATES = "/api/states/available";
  private static final String STATES_DATA = "[{\"state_id\":\"AL\",\"name\":\"Alabama\"}]";

  @InjectWireMock WireMockServer wireMock;

  @Inject CircuitBreakerMaintenance breakers;
  @Inject UpstreamHealth health;
  @Inject TelecoClient client;
  @Inject TelecoLogin login;
  @Inject MeterRegistry registry;

  private final TelecoAccount acme = TelecoAccount.withApiKey(ACME_USERNAME, ACME_API_KEY);

  @BeforeEach
  void reset() {
    FaultToleranceProfile.warmUp(wireMock, client, login, acme);
    wireMock.resetAll();
    breakers.resetAll();
  }

  @Test
  void breakerOpensFailsFastAndRecovers() {
    double opened = transitions("open");
    double halfOpened = transitions("half_open");
    double closed = transitions("closed");
    stubStates(aResponse().withStatus(503));

    // Each read makes 3 attempts. After the second read, the window contains 6 failed attempts.
    failureOf(client.listStates(acme));
    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.CLOSED);
    failureOf(client.listStates(acme));

    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.OPEN);
    assertThat(breakers.currentState(UpstreamHealth.BREAKER_NAME))
        .isEqualTo(CircuitBreakerState.OPEN);
    assertThat(stateGauge()).isEqualTo(2.0);
    assertThat(transitions("open")).isEqualTo(opened + 1);
    wireMock.verify(exactly(6), anyRequestedFor(anyUrl()));

    UpstreamException open = failureOf(client.listStates(acme));

    assertThat(open.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
    assertThat(open.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(open.status()).isEqualTo(503);
    // The breaker half-opens within 500 ms, which rounds up to 1 second.
    assertThat(open.headers()).containsEntry("Retry-After", "1");
    assertThat(health.timeUntilHalfOpen()).get().matches(d -> d.toMillis() <= 500);
    // The open breaker sent nothing: still 6 requests.
    wireMock.verify(exactly(6), anyRequestedFor(anyUrl()));

    wireMock.resetAll();
    stubStates(json(200, envelope(200, 0, STATES_DATA)));
    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> health.breakerState() == CircuitBreakerState.HALF_OPEN);
    assertThat(stateGauge()).isEqualTo(1.0);
    assertThat(transitions("half_open")).isEqualTo(halfOpened + 1);

    List<UpstreamState> first = client.listStates(acme).await().indefinitely();
    assertThat(first).hasSize(1);
    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.HALF_OPEN);
    List<UpstreamState> second = client.listStates(acme).await().indefinitely();
    assertThat(second).hasSize(1);

    // 2 successful trial calls close the breaker, and each was sent once.
    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.CLOSED);
    assertThat(stateGauge()).isEqualTo(0.0);
    assertThat(transitions("closed")).isEqualTo(closed + 1);
    assertThat(health.timeUntilHalfOpen()).isEmpty();
    wireMock.verify(exactly(2), anyRequestedFor(anyUrl()));
  }

  @Test
  void failedTrialCallReopensBreaker() {
    stubStates(aResponse().withStatus(503));
    failureOf(client.listStates(acme));
    failureOf(client.listStates(acme));
    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.OPEN);
    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> health.breakerState() == CircuitBreakerState.HALF_OPEN);
    wireMock.resetAll();
    stubStates(aResponse().withStatus(503));

    UpstreamException e = failureOf(client.listStates(acme));

    // The trial attempt fails and reopens the breaker, which stops the retry: the caller gets
    // Teleco's failure, and Teleco got 1 request.
    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.upstreamStatus()).isEqualTo(503);
    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.OPEN);
    wireMock.verify(exactly(1), anyRequestedFor(anyUrl()));
  }

  @Test
  void breakerStoppingRetryKeepsTelecoFailure() {
    // A rejection counts as a success, then 5 failed attempts: after the fifth, 5 of the last 6
    // attempts failed, so the breaker opens during the second read.
    stubStates(json(200, envelope(400, 1, "null")));
    failureOf(client.listStates(acme));
    wireMock.resetAll();
    stubStates(aResponse().withStatus(503));
    failureOf(client.listStates(acme));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.OPEN);
    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.upstreamStatus()).isEqualTo(503);
    // 3 attempts of the first failing read, then 2 of the second: its third never left.
    wireMock.verify(exactly(5), anyRequestedFor(anyUrl()));
  }

  @Test
  void providerRejectionsNeverOpenBreaker() {
    double opened = transitions("open");
    stubStates(json(200, envelope(400, 1, "{\"errors\":[{\"message\":\"Invalid\"}]}")));
    wireMock.stubFor(
        get(urlEqualTo("/api/inventories/999")).willReturn(json(404, envelope(404, 1, "null"))));

    for (int i = 0; i < 10; i++) {
      assertThat(failureOf(client.listStates(acme)).kind()).isEqualTo(Kind.REJECTED);
      assertThat(failureOf(client.showInventory(acme, 999)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.CLOSED);
    assertThat(transitions("open")).isEqualTo(opened);
    // 20 calls, each sent once: neither a 400 nor a 404 is retried.
    wireMock.verify(exactly(20), anyRequestedFor(anyUrl()));
  }

  @Test
  void credentialRejectionsNeverOpenBreaker() {
    stubStates(json(401, envelope(401, 1, "null")));

    for (int i = 0; i < 10; i++) {
      assertThat(failureOf(client.listStates(acme)).kind()).isEqualTo(Kind.CREDENTIALS_REJECTED);
    }

    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.CLOSED);
    // 10 calls, each sent once.
    wireMock.verify(exactly(10), anyRequestedFor(anyUrl()));
  }

  private void stubStates(ResponseDefinitionBuilder response) {
    wireMock.stubFor(get(urlEqualTo(STATES)).willReturn(response));
  }

  private double transitions(String to) {
    Counter counter = registry.find("gateway.upstream.breaker.transitions").tag("to", to).counter();
    assertThat(counter).as("the transitions counter to " + to).isNotNull();
    return counter.count();
  }

  private double stateGauge() {
    Gauge gauge = registry.find("gateway.upstream.breaker.state").gauge();
    assertThat(gauge).as("the breaker state gauge").isNotNull();
    return gauge.value();
  }
}
