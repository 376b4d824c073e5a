package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.telecogateway.upstream.TelecoWireMock.ACME_API_KEY;
import static io.telecogateway.upstream.TelecoWireMock.ACME_AUTHORIZATION;
import static io.telecogateway.upstream.TelecoWireMock.ACME_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoCredentials;
import io.telecogateway.upstream.UpstreamException.Kind;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks how Teleco's responses map to the gateway's errors: one test per kind of response, each
 * verifying that exactly one request was sent, because {@link TelecoWireMock} turns retries off.
 */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class TelecoErrorMappingTest {

  private static final String STATES = "/api/states/available";
  private static final String ORDERS = "/api/orders";
  private static final List<OrderLine> ORDER_LINES =
      List.of(new OrderLine("2055550123", 1, 1121, "voice", 1));

  @InjectWireMock WireMockServer wireMock;

  @Inject CircuitBreakerMaintenance breakers;

  @Inject TelecoClient client;
  @Inject TelecoCredentials credentials;
  @Inject UpstreamFaultTolerance faultTolerance;
  @Inject TelecoCallPermits permits;

  private final TelecoAccount acme = TelecoAccount.withApiKey(ACME_USERNAME, ACME_API_KEY);

  @BeforeEach
  void reset() {
    wireMock.resetAll();
    breakers.resetAll();
  }

  @Test
  void successReturnsData() {
    stub(STATES, json(200, envelope(200, 0, "[{\"state_id\":\"AL\",\"name\":\"Alabama\"}]")));

    List<UpstreamState> states = client.listStates(acme).await().indefinitely();

    assertThat(states).containsExactly(new UpstreamState("AL", "Alabama"));
    verifyOneRequest();
  }

  @Test
  void errorEnvelopeOnHttp200IsRejection() {
    stub(
        ORDERS,
        json(
            200,
            "{\"result\":{\"message\":\"An error occur\",\"status\":400,\"error\":1},"
                + "\"data\":{\"errors\":[{\"message\":\"Number 2055550123 is not available\"},"
                + "{\"message\":\"Quantity is invalid\"}]}}"));

    UpstreamException e = failureOf(order());

    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_REJECTED);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.upstreamStatus()).isEqualTo(200);
    assertThat(e.errors())
        .containsExactly(
            new Problem.FieldError(null, "Number 2055550123 is not available"),
            new Problem.FieldError(null, "Quantity is invalid"));
    verifyOneRequest();
  }

  @Test
  void rejectionKeepsProviderStatus() {
    stub(ORDERS, json(422, envelope(422, 1, "{\"errors\":[{\"message\":\"Unprocessable\"}]}")));

    UpstreamException e = failureOf(order());

    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_REJECTED);
    assertThat(e.status()).isEqualTo(422);
    assertThat(e.errors()).containsExactly(new Problem.FieldError(null, "Unprocessable"));
    verifyOneRequest();
  }

  @Test
  void rejectionWithoutMessagesUsesResultMessage() {
    stub(ORDERS, json(200, envelope(400, 1, "null").replace("\"OK\"", "\"Invalid number\"")));

    UpstreamException e = failureOf(order());

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.errors()).containsExactly(new Problem.FieldError(null, "Invalid number"));
  }

  @Test
  void rejectionReadsMessagesKeyedByField() {
    stub(
        ORDERS,
        json(200, envelope(400, 1, "{\"errors\":{\"email\":[\"is invalid\",\"is taken\"]}}")));

    UpstreamException e = failureOf(order());

    assertThat(e.errors())
        .containsExactly(
            new Problem.FieldError(null, "email is invalid"),
            new Problem.FieldError(null, "email is taken"));
  }

  @Test
  void http4xxWithoutEnvelopeIsRejection() {
    stub(ORDERS, aResponse().withStatus(409).withBody("Conflict"));

    UpstreamException e = failureOf(order());

    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_REJECTED);
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.errors()).isEmpty();
    verifyOneRequest();
  }

  @Test
  void notFoundEnvelopeIsNotFound() {
    stub(
        "/api/inventories/999",
        json(404, envelope(404, 1, "{\"errors\":[{\"message\":\"Inventory not found\"}]}")));

    UpstreamException e = failureOf(client.showInventory(acme, 999));

    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.errors()).containsExactly(new Problem.FieldError(null, "Inventory not found"));
    verifyOneRequest();
  }

  @Test
  void notFoundWithHtmlBodyIsNotFound() {
    stub("/api/inventories/999", html(404));

    UpstreamException e = failureOf(client.showInventory(acme, 999));

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(e.status()).isEqualTo(404);
    verifyOneRequest();
  }

  @Test
  void unauthorizedStaticKeyIsUnavailable() {
    stub(STATES, json(401, envelope(401, 1, "{\"errors\":[{\"message\":\"Unauthorized\"}]}")));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REJECTED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.detail()).contains("gateway's Teleco credentials");
    assertThat(e.errors()).isEmpty();
    assertNoSecret(e);
    verifyOneRequest();
  }

  @Test
  void forbiddenInEnvelopeIsUnavailable() {
    stub(STATES, json(200, envelope(403, 1, "null")));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS_REJECTED);
    assertThat(e.status()).isEqualTo(502);
    verifyOneRequest();
  }

  @Test
  void serverErrorEnvelopeIsUnavailable() {
    stub(STATES, json(500, envelope(500, 1, "null")));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.upstreamStatus()).isEqualTo(500);
    verifyOneRequest();
  }

  @Test
  void serverErrorStatusInEnvelopeIsUnavailable() {
    stub(STATES, json(200, envelope(500, 1, "null")));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    verifyOneRequest();
  }

  @Test
  void badGatewayHtmlIsUnavailable() {
    stub(STATES, html(502));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.upstreamStatus()).isEqualTo(502);
    verifyOneRequest();
  }

  @Test
  void serviceUnavailableEmptyIsUnavailable() {
    stub(STATES, aResponse().withStatus(503));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.upstreamStatus()).isEqualTo(503);
    verifyOneRequest();
  }

  @Test
  void unparsableSuccessIsUnreadable() {
    stub(STATES, json(200, "{\"result\":{\"status\":200,\"error\":0},\"data\":[{"));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    verifyOneRequest();
  }

  @Test
  void htmlSuccessIsUnreadable() {
    stub(STATES, html(200));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.status()).isEqualTo(502);
    verifyOneRequest();
  }

  @Test
  void emptySuccessIsUnreadable() {
    stub(STATES, aResponse().withStatus(200));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.detail()).contains("empty body");
    verifyOneRequest();
  }

  @Test
  void jsonWithoutEnvelopeIsUnreadable() {
    stub(STATES, json(200, "[{\"state_id\":\"AL\"}]"));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
  }

  @Test
  void missingDataIsUnreadable() {
    stub(STATES, json(200, "{\"result\":{\"message\":\"OK\",\"status\":200,\"error\":0}}"));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.status()).isEqualTo(502);
    verifyOneRequest();
  }

  @Test
  void dataOfWrongShapeIsUnreadable() {
    stub(STATES, json(200, envelope(200, 0, "{\"state_id\":\"AL\"}")));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
  }

  @Test
  void memberOfWrongTypeIsUnreadable() {
    stub(STATES, json(200, envelope(200, 0, "[{\"state_id\":{\"code\":\"AL\"}}]")));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.detail()).contains("state_id").doesNotContain("io.telecogateway");
  }

  @Test
  void inventoryWithoutItemsIsUnreadable() {
    stub(
        "/api/inventories?page=1&per_page=50",
        json(
            200,
            envelope(
                200,
                0,
                "{\"pagination\":{\"current_page\":1,\"total_pages\":0,\"total_count\":0}}")));

    UpstreamException e = failureOf(client.listInventory(acme, 1, 50));

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.detail()).contains("data.data_arr");
  }

  @Test
  void unreadableWriteSuccessSaysItMayHaveHappened() {
    stub(ORDERS, html(201));

    UpstreamException e = failureOf(order());

    assertThat(e.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
    assertThat(e.status()).isEqualTo(504);
    assertThat(e.detail()).contains("may have been applied").contains("GET /v1/numbers");
    verifyOneRequest();
  }

  @Test
  void gatewayTimeoutOnWriteIsOutcomeUnknown() {
    stub(ORDERS, html(504));

    UpstreamException e = failureOf(order());

    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
    assertThat(e.status()).isEqualTo(504);
    assertThat(e.detail()).contains("may or may not have been applied").contains("GET /v1/numbers");
    verifyOneRequest();
  }

  @Test
  void extraFieldsAreIgnored() {
    stub(
        "/api/carriers",
        json(
            200,
            "{\"result\":{\"message\":\"OK\",\"status\":200,\"error\":0,\"trace\":\"x\"},"
                + "\"data\":[{\"id\":1,\"account_name\":\"Main\",\"provider\":\"Bandwidth\","
                + "\"is_enable\":true,\"primary_account\":true,\"region\":{\"name\":\"east\"},"
                + "\"tags\":[1,2]}],\"meta\":{\"version\":2}}"));

    List<UpstreamCarrier> carriers = client.listCarriers(acme).await().indefinitely();

    assertThat(carriers).containsExactly(new UpstreamCarrier("1", "Main", "Bandwidth", true, true));
  }

  @Test
  void idsAsStringsAreRead() {
    stub(
        "/api/inventories/101",
        json(
            200,
            envelope(
                200,
                "\"0\"",
                "{\"id\":\"101\",\"did_number\":\"2055550123\",\"provider_id\":\"1\","
                    + "\"carrier_id\":\"4\",\"subaccount_id\":\"5\"}")));

    InventoryItem item = client.showInventory(acme, 101).await().indefinitely();

    assertThat(item.id()).isEqualTo("101");
    assertThat(item.providerId()).isEqualTo("1");
    assertThat(item.carrierId()).isEqualTo("4");
    assertThat(item.subaccountId()).isEqualTo("5");
  }

  @Test
  void missingOptionalFieldsAreNull() {
    stub("/api/sub_clients/5", json(200, envelope(200, 0, "{\"id\":5,\"name\":\"Acme\"}")));

    UpstreamSubClient subClient = client.showSubClient(acme, 5).await().indefinitely();

    assertThat(subClient).isEqualTo(new UpstreamSubClient("5", "Acme", null, null, null));
  }

  @Test
  void orderWithoutOrderIdIsRead() {
    stub(
        ORDERS,
        json(
            201,
            envelope(
                201, 0, "{\"numbers\":[{\"did_number\":\"2055550123\",\"status\":\"ordered\"}]}")));

    OrderResult result = order().await().indefinitely();

    assertThat(result.orderId()).isNull();
    assertThat(result.numbers()).containsExactly(new NumberStatus("2055550123", "ordered"));
  }

  @Test
  void deleteAnsweredNoContentSucceeds() {
    stub("/api/sub_clients/5", aResponse().withStatus(204));

    client.deleteSubClient(acme, 5).await().indefinitely();

    verifyOneRequest();
  }

  @Test
  void readTimeoutIsTimeout() {
    stub(STATES, json(200, envelope(200, 0, "[]")).withFixedDelay(timeoutDelay()));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
    assertThat(e.status()).isEqualTo(504);
    verifyOneRequest();
  }

  @Test
  void writeTimeoutIsOutcomeUnknown() {
    stub(ORDERS, json(201, envelope(201, 0, "{\"numbers\":[]}")).withFixedDelay(timeoutDelay()));

    UpstreamException e = failureOf(order());

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
    assertThat(e.status()).isEqualTo(504);
    assertThat(e.detail()).contains("GET /v1/numbers");
    verifyOneRequest();
  }

  @Test
  void searchTimeoutIsReadTimeout() {
    stub(
        "/api/providers/1/search",
        json(200, envelope(200, 0, "[]")).withFixedDelay(timeoutDelay()));

    UpstreamException e =
        failureOf(
            client.searchNumbers(acme, 1, new SearchCriteria("local_did", "205", null, null)));

    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
  }

  @Test
  void connectionResetOnReadIsUnavailable() {
    stub(STATES, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    UpstreamException e = failureOf(client.listStates(acme));

    assertThat(e.kind()).isEqualTo(Kind.CONNECTION_LOST);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    verifyOneRequest();
  }

  @Test
  void connectionResetOnWriteIsOutcomeUnknown() {
    stub(ORDERS, aResponse().withFault(Fault.EMPTY_RESPONSE));

    UpstreamException e = failureOf(order());

    assertThat(e.kind()).isEqualTo(Kind.CONNECTION_LOST);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_OUTCOME_UNKNOWN);
    assertThat(e.status()).isEqualTo(504);
    verifyOneRequest();
  }

  @Test
  void connectionRefusedIsConnectFailed() throws IOException {
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

    UpstreamException e = failureOf(unreachable.order(acme, ORDER_LINES));

    assertThat(e.kind()).isEqualTo(Kind.CONNECT_FAILED);
    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.upstreamStatus()).isZero();
  }

  @Test
  void noFailureNamesTheCredentials() {
    List<ResponseDefinitionBuilder> responses =
        List.of(
            json(401, envelope(401, 1, "null")),
            json(200, envelope(400, 1, "{\"errors\":[{\"message\":\"Bad\"}]}")),
            json(404, envelope(404, 1, "null")),
            html(502),
            aResponse().withStatus(200),
            aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    for (ResponseDefinitionBuilder response : responses) {
      wireMock.resetAll();
      stub(ORDERS, response);

      UpstreamException e = failureOf(order());

      assertNoSecret(e);
    }
  }

  private Uni<OrderResult> order() {
    return client.order(acme, ORDER_LINES);
  }

  private void stub(String url, ResponseDefinitionBuilder response) {
    wireMock.stubFor(any(urlEqualTo(url)).willReturn(response));
  }

  private void verifyOneRequest() {
    wireMock.verify(exactly(1), anyRequestedFor(anyUrl()));
  }

  /** Returns a delay safely above the configured read timeout. */
  private static int timeoutDelay() {
    return TelecoWireMock.READ_TIMEOUT_MILLIS + 1000;
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  static ResponseDefinitionBuilder html(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>" + status + " Bad Gateway</h1></body></html>");
  }

  static String envelope(int status, int error, String data) {
    return envelope(status, Integer.toString(error), data);
  }

  static String envelope(int status, String error, String data) {
    return "{\"result\":{\"message\":\"OK\",\"status\":"
        + status
        + ",\"error\":"
        + error
        + "},\"data\":"
        + data
        + "}";
  }

  static UpstreamException failureOf(Uni<?> call) {
    UpstreamException e =
        catchThrowableOfType(UpstreamException.class, () -> call.await().indefinitely());
    assertThat(e).as("the call's failure").isNotNull();
    return e;
  }

  private static void assertNoSecret(UpstreamException e) {
    String base64 = ACME_AUTHORIZATION.substring("Basic ".length());
    assertThat(e.getMessage()).doesNotContain(ACME_API_KEY).doesNotContain(base64);
    assertThat(e.toString()).doesNotContain(ACME_API_KEY).doesNotContain(base64);
    for (Problem.FieldError error : e.errors()) {
      assertThat(error.message()).doesNotContain(ACME_API_KEY).doesNotContain(base64);
    }
  }
}
