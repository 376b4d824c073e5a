package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static io.telecogateway.upstream.TelecoErrorMappingTest.envelope;
import static io.telecogateway.upstream.TelecoErrorMappingTest.failureOf;
import static io.telecogateway.upstream.TelecoErrorMappingTest.html;
import static io.telecogateway.upstream.TelecoErrorMappingTest.json;
import static io.telecogateway.upstream.TelecoWireMock.ACME_API_KEY;
import static io.telecogateway.upstream.TelecoWireMock.ACME_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoCredentials;
import io.telecogateway.tenant.TelecoLogin;
import io.telecogateway.upstream.UpstreamException.Kind;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the retries of every kind of call against injected faults: what the caller gets and the
 * exact number of requests Teleco receives. The profile allows 3 attempts per call, and a retry
 * budget too large to run out here.
 */
@QuarkusTest
@TestProfile(FaultToleranceProfile.class)
class UpstreamRetryTest {

  private static final String CASES = "io.telecogateway.upstream.UpstreamCase#";

  @InjectWireMock WireMockServer wireMock;

  @Inject CircuitBreakerMaintenance breakers;
  @Inject TelecoClient client;
  @Inject TelecoLogin login;
  @Inject TelecoCredentials credentials;
  @Inject UpstreamFaultTolerance faultTolerance;
  @Inject TelecoCallPermits permits;
  @Inject MeterRegistry registry;

  private final TelecoAccount acme = TelecoAccount.withApiKey(ACME_USERNAME, ACME_API_KEY);

  @BeforeEach
  void reset() {
    FaultToleranceProfile.warmUp(wireMock, client, login, acme);
    wireMock.resetAll();
    breakers.resetAll();
  }

  // Reads, the login and idempotent writes.

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "repeatableCalls")
  void repeatableCallRecoversAfter503(UpstreamCase call) {
    stubUnavailableThenSuccess(call);

    send(call).await().indefinitely();

    // The 503 is retried once and the second attempt succeeds: 2 requests.
    verifyRequests(2, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "repeatableCalls")
  void repeatableCallRetriesReset(UpstreamCase call) {
    stub(call, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.CONNECTION_LOST);
    assertUnavailableOrUnknownOutcome(call, e);
    // Every attempt is reset, so the call ends after max-attempts: 3 requests.
    verifyRequests(3, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "repeatableCalls")
  void repeatableCallRetriesTimeout(UpstreamCase call) {
    stub(call, success(call).withFixedDelay(call.timeoutMillis() * 5 / 2));

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.status()).isEqualTo(504);
    if (call.write()) {
      // The forward or sub-client may have been changed by any attempt: the caller must check.
      assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
      assertThat(e.detail()).contains(call.hint());
    } else {
      assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
    }
    // Every attempt times out, so the call ends after max-attempts: 3 requests.
    verifyRequests(3, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "repeatableCalls")
  void repeatableCallRetriesHtml502(UpstreamCase call) {
    stub(call, html(502));

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    // A 502 from a load balancer is retried on every attempt: 3 requests.
    verifyRequests(3, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "repeatableCalls")
  void repeatableCallKeepsRejection(UpstreamCase call) {
    stub(call, rejection());

    UpstreamException e = failureOf(send(call));

    if (call.isLogin()) {
      // A rejected login is the gateway's configuration error, reported as such.
      assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REJECTED);
      assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
      assertThat(e.status()).isEqualTo(502);
    } else {
      assertThat(e.kind()).isEqualTo(Kind.REJECTED);
      assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_REJECTED);
      assertThat(e.status()).isEqualTo(400);
    }
    // Teleco would reject the same request again, so it is sent once.
    verifyRequests(1, call);
  }

  @Test
  void dribbledReadTimesOut() {
    UpstreamCase states = UpstreamCase.reads().findFirst().orElseThrow();
    // Each chunk arrives well within the REST client's idle read timeout, but the whole response
    // takes longer than the read timeout of the call.
    int total = FaultToleranceProfile.READ_TIMEOUT_MILLIS * 4;
    stub(states, success(states).withChunkedDribbleDelay(8, total));

    UpstreamException e = failureOf(send(states));

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
    // Every attempt times out: 3 requests.
    verifyRequests(3, states);
  }

  @Test
  void internalServerErrorIsNotRetried() {
    UpstreamCase states = UpstreamCase.reads().findFirst().orElseThrow();
    stub(states, json(500, envelope(500, 1, "null")));

    UpstreamException e = failureOf(send(states));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    // A 500 reports a fault in handling this request, which a repeat would meet again: 1 request.
    verifyRequests(1, states);
  }

  @Test
  void retryIsCounted() {
    UpstreamCase states = UpstreamCase.reads().findFirst().orElseThrow();
    stubUnavailableThenSuccess(states);
    double retriesBefore = retries("GET /api/states/available", "unavailable");
    long successesBefore = calls("GET /api/states/available", "success");

    send(states).await().indefinitely();

    assertThat(retries("GET /api/states/available", "unavailable")).isEqualTo(retriesBefore + 1);
    assertThat(calls("GET /api/states/available", "success")).isEqualTo(successesBefore + 1);
  }

  // Orders, routes and creations.

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "nonIdempotentWrites")
  void nonIdempotentWriteKeeps503(UpstreamCase call) {
    stubUnavailableThenSuccess(call);

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.upstreamStatus()).isEqualTo(503);
    // The request reached a server that may have acted on it, so it is sent once.
    verifyRequests(1, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "nonIdempotentWrites")
  void nonIdempotentWriteResetIsUnknown(UpstreamCase call) {
    stub(call, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.CONNECTION_LOST);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
    assertThat(e.status()).isEqualTo(504);
    assertThat(e.detail()).contains(call.hint());
    // The connection broke after the request was sent: 1 request.
    verifyRequests(1, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "nonIdempotentWrites")
  void nonIdempotentWriteTimeoutIsUnknown(UpstreamCase call) {
    stub(call, success(call).withFixedDelay(call.timeoutMillis() * 5 / 2));

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
    assertThat(e.status()).isEqualTo(504);
    assertThat(e.detail()).contains(call.hint());
    // Teleco may still apply the first request: 1 request.
    verifyRequests(1, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "nonIdempotentWrites")
  void nonIdempotentWriteKeepsHtml502(UpstreamCase call) {
    stub(call, html(502));

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    // A load balancer's 502 may follow a request that reached Teleco: 1 request.
    verifyRequests(1, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(CASES + "nonIdempotentWrites")
  void nonIdempotentWriteKeepsRejection(UpstreamCase call) {
    stub(call, rejection());

    UpstreamException e = failureOf(send(call));

    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_REJECTED);
    assertThat(e.status()).isEqualTo(400);
    // 1 request.
    verifyRequests(1, call);
  }

  @Test
  void refusedOrderIsRetried() {
    AtomicInteger connects = new AtomicInteger();
    TelecoClient refusing =
        new HttpTelecoClient(
            new TelecoExchange(refusingApi(connects)), credentials, faultTolerance, permits);
    UpstreamCase order = UpstreamCase.nonIdempotentWrites().findFirst().orElseThrow();

    UpstreamException e = failureOf(order.send(refusing, login, acme));

    assertThat(e.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    // A refused connection sent nothing, so even an order is retried: 3 connection attempts.
    assertThat(connects.get()).isEqualTo(3);
  }

  @Test
  void orderToClosedPortIsRetried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    TelecoApi api =
        QuarkusRestClientBuilder.newBuilder()
            .baseUri(URI.create("http://127.0.0.1:" + closedPort))
            .build(TelecoApi.class);
    TelecoClient unreachable =
        new HttpTelecoClient(new TelecoExchange(api), credentials, faultTolerance, permits);
    UpstreamCase order = UpstreamCase.nonIdempotentWrites().findFirst().orElseThrow();
    double retriesBefore = retries("POST /api/orders", "connect_failed");

    UpstreamException e = failureOf(order.send(unreachable, login, acme));

    assertThat(e.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(e.status()).isEqualTo(502);
    // 3 attempts are 2 retries.
    assertThat(retries("POST /api/orders", "connect_failed")).isEqualTo(retriesBefore + 2);
  }

  private Uni<?> send(UpstreamCase call) {
    return call.send(client, login, acme);
  }

  private void stub(UpstreamCase call, ResponseDefinitionBuilder response) {
    wireMock.stubFor(call.stub().willReturn(response));
  }

  /** Stubs a 503 with an empty body for the first request and a success for every later one. */
  private void stubUnavailableThenSuccess(UpstreamCase call) {
    wireMock.stubFor(
        call.stub()
            .inScenario(call.name())
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    wireMock.stubFor(
        call.stub()
            .inScenario(call.name())
            .whenScenarioStateIs("recovered")
            .willReturn(success(call)));
  }

  private static ResponseDefinitionBuilder success(UpstreamCase call) {
    return json(call.successStatus(), envelope(call.successStatus(), 0, call.successData()));
  }

  /** Returns Teleco's usual rejection: {@code error: 1} with status 400. */
  private static ResponseDefinitionBuilder rejection() {
    return json(
        400,
        "{\"result\":{\"message\":\"An error occur\",\"status\":400,\"error\":1},"
            + "\"data\":{\"errors\":[{\"message\":\"Invalid value\"}]}}");
  }

  private void verifyRequests(int count, UpstreamCase call) {
    wireMock.verify(exactly(count), call.requested());
    wireMock.verify(exactly(count), anyRequestedFor(anyUrl()));
  }

  private static void assertUnavailableOrUnknownOutcome(UpstreamCase call, UpstreamException e) {
    if (call.write()) {
      assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
      assertThat(e.status()).isEqualTo(504);
      assertThat(e.detail()).contains(call.hint());
    } else {
      assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
      assertThat(e.status()).isEqualTo(502);
    }
  }

  private double retries(String call, String cause) {
    Counter counter =
        registry.find("gateway.upstream.retries").tags("call", call, "cause", cause).counter();
    return counter == null ? 0 : counter.count();
  }

  private long calls(String call, String outcome) {
    Timer timer =
        registry.find("gateway.upstream.calls").tags("call", call, "outcome", outcome).timer();
    return timer == null ? 0 : timer.count();
  }

  /** Returns a {@link TelecoApi} whose every call fails as a refused connection does. */
  private static TelecoApi refusingApi(AtomicInteger connects) {
    return (TelecoApi)
        Proxy.newProxyInstance(
            TelecoApi.class.getClassLoader(),
            new Class<?>[] {TelecoApi.class},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> "TelecoApi refusing every connection";
                };
              }
              connects.incrementAndGet();
              return Uni.createFrom().failure(new ConnectException("Connection refused"));
            });
  }
}
