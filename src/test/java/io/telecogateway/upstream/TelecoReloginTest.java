package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.telecogateway.upstream.TelecoErrorMappingTest.envelope;
import static io.telecogateway.upstream.TelecoErrorMappingTest.failureOf;
import static io.telecogateway.upstream.TelecoErrorMappingTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TenantRegistry;
import io.telecogateway.upstream.UpstreamException.Kind;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks accounts that log in with a password: the first call logs in, concurrent first calls share
 * one login, and a rejected api key leads to one re-login and one repeat of the call.
 *
 * <p>The credentials cache keys by username for the life of the application, so each test uses a
 * username of its own.
 */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class TelecoReloginTest {

  private static final String LOGIN = "/api/login";
  private static final String STATES = "/api/states/available";
  private static final String STATES_DATA = "[{\"state_id\":\"AL\",\"name\":\"Alabama\"}]";
  private static final String PASSWORD = "pässwörd:with-colon";

  @InjectWireMock WireMockServer wireMock;

  @Inject CircuitBreakerMaintenance breakers;

  @Inject TelecoClient client;
  @Inject TenantRegistry tenants;

  @BeforeEach
  void reset() {
    wireMock.resetAll();
    breakers.resetAll();
  }

  @Test
  void firstCallLogsInThenSendsKey() {
    TelecoAccount account = TelecoAccount.withPassword("first-call", PASSWORD);
    stubLogin("key-1");
    stubStates("first-call", "key-1", 200);

    List<UpstreamState> states = client.listStates(account).await().indefinitely();

    assertThat(states).containsExactly(new UpstreamState("AL", "Alabama"));
    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(LOGIN))
            .withRequestBody(
                equalTo("{\"login\":\"first-call\",\"password\":\"pässwörd:with-colon\"}")));
    wireMock.verify(
        exactly(1),
        getRequestedFor(urlEqualTo(STATES))
            .withHeader("Authorization", equalTo(basic("first-call", "key-1"))));
    wireMock.verify(exactly(2), anyRequestedFor(anyUrl()));
  }

  @Test
  void laterCallsReuseKey() {
    TelecoAccount account = TelecoAccount.withPassword("reuse", PASSWORD);
    stubLogin("key-1");
    stubStates("reuse", "key-1", 200);

    client.listStates(account).await().indefinitely();
    client.listStates(account).await().indefinitely();
    client.listStates(account).await().indefinitely();

    // One login, then three calls with its key.
    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(LOGIN)));
    wireMock.verify(exactly(3), getRequestedFor(urlEqualTo(STATES)));
  }

  @Test
  void concurrentFirstCallsShareOneLogin() {
    TelecoAccount account = tenants.byName("beta").orElseThrow().account();
    wireMock.stubFor(
        post(urlEqualTo(LOGIN)).willReturn(json(200, loginAnswer("key-beta")).withFixedDelay(300)));
    stubStates(TelecoWireMock.BETA_USERNAME, "key-beta", 200);

    List<Uni<List<UpstreamState>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(client.listStates(account));
    }
    List<?> results = Uni.join().all(calls).andFailFast().await().indefinitely();

    assertThat(results).hasSize(20);
    wireMock.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(LOGIN))
            .withRequestBody(equalTo("{\"login\":\"beta-user\",\"password\":\"beta-pässword\"}")));
    wireMock.verify(exactly(20), getRequestedFor(urlEqualTo(STATES)));
  }

  @Test
  void rejectedKeyLogsInAgainAndRepeatsOnce() {
    TelecoAccount account = TelecoAccount.withPassword("expired", PASSWORD);
    stubLoginSequence("key-1", "key-2");
    stubStates("expired", "key-1", 401);
    stubStates("expired", "key-2", 200);

    List<UpstreamState> states = client.listStates(account).await().indefinitely();

    assertThat(states).containsExactly(new UpstreamState("AL", "Alabama"));
    // The first login, then one re-login after the rejection of key-1.
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(LOGIN)));
    wireMock.verify(exactly(1), statesWith("expired", "key-1"));
    wireMock.verify(exactly(1), statesWith("expired", "key-2"));
    wireMock.verify(exactly(4), anyRequestedFor(anyUrl()));
  }

  @Test
  void rejectedWriteIsRepeatedOnce() {
    TelecoAccount account = TelecoAccount.withPassword("expired-write", PASSWORD);
    stubLoginSequence("key-1", "key-2");
    wireMock.stubFor(
        post(urlEqualTo("/api/sub_clients"))
            .withHeader("Authorization", equalTo(basic("expired-write", "key-1")))
            .willReturn(json(401, envelope(401, 1, "null"))));
    wireMock.stubFor(
        post(urlEqualTo("/api/sub_clients"))
            .withHeader("Authorization", equalTo(basic("expired-write", "key-2")))
            .willReturn(json(201, envelope(201, 0, TelecoWireFormatTest.SUB_CLIENT))));

    UpstreamSubClient created =
        client
            .createSubClient(account, new SubClientFields("Acme", "a@acme.test", null, null))
            .await()
            .indefinitely();

    assertThat(created.id()).isEqualTo("5");
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(LOGIN)));
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo("/api/sub_clients")));
  }

  @Test
  void keyRejectedAfterReloginIsUnavailable() {
    TelecoAccount account = TelecoAccount.withPassword("still-rejected", PASSWORD);
    stubLoginSequence("key-1", "key-2");
    stubStates("still-rejected", "key-1", 401);
    stubStates("still-rejected", "key-2", 403);

    UpstreamException e = failureOf(client.listStates(account));

    assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REJECTED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.getMessage()).doesNotContain("key-1").doesNotContain("key-2");
    // One login, one re-login, and the call once with each key: no further attempt.
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(LOGIN)));
    wireMock.verify(exactly(2), getRequestedFor(urlEqualTo(STATES)));
  }

  @Test
  void wrongPasswordIsUnavailable() {
    TelecoAccount account = TelecoAccount.withPassword("wrong-password", PASSWORD);
    wireMock.stubFor(
        post(urlEqualTo(LOGIN))
            .willReturn(
                json(
                    200,
                    "{\"result\":{\"message\":\"An error occur\",\"status\":400,\"error\":1},"
                        + "\"data\":{\"errors\":[{\"message\":\"Password is invalid\"}]}}")));

    UpstreamException e = failureOf(client.listStates(account));

    assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REJECTED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.detail()).contains("configured credentials");
    assertThat(e.getMessage()).doesNotContain(PASSWORD);
    assertThat(e.errors()).isEmpty();
    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(LOGIN)));
    wireMock.verify(exactly(0), getRequestedFor(urlEqualTo(STATES)));
  }

  @Test
  void failedLoginIsTriedAgainOnNextCall() {
    TelecoAccount account = TelecoAccount.withPassword("login-down", PASSWORD);
    wireMock.stubFor(
        post(urlEqualTo(LOGIN))
            .inScenario("login")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(TelecoErrorMappingTest.html(503))
            .willSetStateTo("up"));
    wireMock.stubFor(
        post(urlEqualTo(LOGIN))
            .inScenario("login")
            .whenScenarioStateIs("up")
            .willReturn(json(200, loginAnswer("key-1"))));
    stubStates("login-down", "key-1", 200);

    UpstreamException first = failureOf(client.listStates(account));
    List<UpstreamState> second = client.listStates(account).await().indefinitely();

    assertThat(first.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(second).hasSize(1);
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(LOGIN)));
    wireMock.verify(exactly(1), getRequestedFor(urlEqualTo(STATES)));
  }

  private void stubLogin(String apiKey) {
    wireMock.stubFor(post(urlEqualTo(LOGIN)).willReturn(json(200, loginAnswer(apiKey))));
  }

  /** Stubs the login to return {@code firstKey} and every later one with {@code secondKey}. */
  private void stubLoginSequence(String firstKey, String secondKey) {
    wireMock.stubFor(
        post(urlEqualTo(LOGIN))
            .inScenario("keys")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(200, loginAnswer(firstKey)))
            .willSetStateTo("second"));
    wireMock.stubFor(
        post(urlEqualTo(LOGIN))
            .inScenario("keys")
            .whenScenarioStateIs("second")
            .willReturn(json(200, loginAnswer(secondKey))));
  }

  private void stubStates(String username, String apiKey, int status) {
    String body = status == 200 ? envelope(200, 0, STATES_DATA) : envelope(status, 1, "null");
    wireMock.stubFor(
        get(urlEqualTo(STATES))
            .withHeader("Authorization", equalTo(basic(username, apiKey)))
            .willReturn(json(status, body)));
  }

  private static RequestPatternBuilder statesWith(String username, String apiKey) {
    return getRequestedFor(urlEqualTo(STATES))
        .withHeader("Authorization", equalTo(basic(username, apiKey)));
  }

  /** Builds the expected Basic header here rather than with the code under test. */
  private static String basic(String username, String apiKey) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
  }

  private static String loginAnswer(String apiKey) {
    return envelope(
        200,
        0,
        "[{\"id\":1,\"email\":\"user@example.com\",\"username\":\"user\",\"api_key\":\""
            + apiKey
            + "\",\"getstarted_closed\":false,\"created_at\":\"2026-12-04T19:58:51.000Z\"}]");
  }
}
