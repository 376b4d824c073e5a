package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.telecogateway.upstream.TelecoErrorMappingTest.envelope;
import static io.telecogateway.upstream.TelecoErrorMappingTest.json;
import static io.telecogateway.upstream.TelecoWireMock.ACME_API_KEY;
import static io.telecogateway.upstream.TelecoWireMock.ACME_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ProblemResponses;
import io.telecogateway.tenant.CallerAuthenticationFilter;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoLogin;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks that the request id and tenant stay on the log context across retries and timeouts, which
 * fire on other threads. Each call starts on a duplicated Vert.x context, as a request does.
 */
@QuarkusTest
@TestProfile(FaultToleranceProfile.class)
class RetryLogContextTest {

  private static final String STATES = "/api/states/available";

  @InjectWireMock WireMockServer wireMock;

  @Inject CircuitBreakerMaintenance breakers;
  @Inject TelecoClient client;
  @Inject TelecoLogin login;
  @Inject Vertx vertx;

  private final TelecoAccount acme = TelecoAccount.withApiKey(ACME_USERNAME, ACME_API_KEY);
  private final CapturingHandler handler = new CapturingHandler();
  private final List<Logger> loggers =
      List.of(
          Logger.getLogger(UpstreamFaultTolerance.class.getName()),
          Logger.getLogger(TelecoExchange.class.getName()));

  @BeforeEach
  void setUp() {
    FaultToleranceProfile.warmUp(wireMock, client, login, acme);
    wireMock.resetAll();
    breakers.resetAll();
    loggers.forEach(logger -> logger.addHandler(handler));
  }

  @AfterEach
  void tearDown() {
    loggers.forEach(logger -> logger.removeHandler(handler));
  }

  @Test
  void retryLogsKeepRequestContext() throws Exception {
    wireMock.stubFor(
        get(urlEqualTo(STATES))
            .inScenario("states")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    wireMock.stubFor(
        get(urlEqualTo(STATES))
            .inScenario("states")
            .whenScenarioStateIs("recovered")
            .willReturn(json(200, envelope(200, 0, "[]"))));

    String idAtEnd = runInRequest("req-retry", () -> client.listStates(acme));

    assertThat(idAtEnd).as("the request id where the result arrives").isEqualTo("req-retry");
    assertContext(handler.record("Retrying Teleco GET /api/states/available"), "req-retry");
    assertContext(handler.record("failed after"), "req-retry");
  }

  @Test
  void timeoutLogsKeepRequestContext() throws Exception {
    ResponseDefinitionBuilder slow =
        json(200, envelope(200, 0, "[]"))
            .withFixedDelay(FaultToleranceProfile.READ_TIMEOUT_MILLIS * 3);
    wireMock.stubFor(get(urlEqualTo(STATES)).willReturn(slow));

    String idAtEnd = runInRequest("req-timeout", () -> client.listStates(acme));

    assertThat(idAtEnd).as("the request id where the failure arrives").isEqualTo("req-timeout");
    assertContext(handler.record("timed out after"), "req-timeout");
    assertContext(handler.record("Retrying Teleco GET /api/states/available"), "req-timeout");
  }

  /**
   * Subscribes to the call on a new duplicated context whose log context has the request id and the
   * tenant, and returns the request id seen where the call's result or failure arrives.
   */
  private String runInRequest(String requestId, Supplier<Uni<?>> call) throws Exception {
    Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
    CompletableFuture<String> idAtEnd = new CompletableFuture<>();
    context.runOnContext(
        ignored -> {
          MDC.put(ProblemResponses.REQUEST_ID_KEY, requestId);
          MDC.put(CallerAuthenticationFilter.TENANT_KEY, "acme");
          call.get()
              .subscribe()
              .with(
                  item -> idAtEnd.complete(requestIdNow()),
                  failure -> idAtEnd.complete(requestIdNow()));
        });
    return idAtEnd.get(10, TimeUnit.SECONDS);
  }

  private static String requestIdNow() {
    Object id = MDC.get(ProblemResponses.REQUEST_ID_KEY);
    return id == null ? null : id.toString();
  }

  private static void assertContext(ExtLogRecord record, String requestId) {
    assertThat(record.getMdc(ProblemResponses.REQUEST_ID_KEY))
        .as("request id of '%s'", record.getMessage())
        .isEqualTo(requestId);
    assertThat(record.getMdc(CallerAuthenticationFilter.TENANT_KEY))
        .as("tenant of '%s'", record.getMessage())
        .isEqualTo("acme");
  }

  /** Keeps the records it receives, with the log context copied at the time of logging. */
  private static final class CapturingHandler extends Handler {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      if (record instanceof ExtLogRecord ext) {
        ext.copyMdc();
        records.add(ext);
      }
    }

    /** Returns the first record whose formatted message contains {@code text}. */
    ExtLogRecord record(String text) {
      return records.stream()
          .filter(r -> r.getFormattedMessage().contains(text))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no log record contains '" + text + "'"));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
