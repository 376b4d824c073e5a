package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.telecogateway.upstream.TelecoWireMock.ACME_AUTHORIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoLogin;
import io.telecogateway.tenant.TenantRegistry;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks each of Teleco's 22 calls byte for byte: method, path, query, headers and body, and the
 * decoding of the documented response. Every test expects exactly one upstream request.
 */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class TelecoWireFormatTest {

  @InjectWireMock WireMockServer wireMock;

  @Inject CircuitBreakerMaintenance breakers;

  @Inject TelecoClient client;
  @Inject TelecoLogin login;
  @Inject TenantRegistry tenants;

  private TelecoAccount acme;

  @BeforeEach
  void setUp() {
    wireMock.resetAll();
    breakers.resetAll();
    acme = tenants.byName("acme").orElseThrow().account();
  }

  @Test
  void login() {
    stubSuccess(
        "/api/login",
        200,
        "[{\"id\":1,\"email\":\"beta@example.com\",\"username\":\"beta-user\","
            + "\"api_key\":\"key-from-login\",\"getstarted_closed\":false,"
            + "\"created_at\":\"2026-12-04T19:58:51.000Z\"}]");

    String key = login.login("beta-user", "beta-pässword").await().indefinitely();

    assertThat(key).isEqualTo("key-from-login");
    verifyOnly(
        postRequestedFor(urlEqualTo("/api/login"))
            .withoutHeader("Authorization")
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalTo("{\"login\":\"beta-user\",\"password\":\"beta-pässword\"}")));
  }

  @Test
  void listCarriers() {
    stubSuccess(
        "/api/carriers",
        200,
        "[{\"id\":1,\"account_name\":\"Main SIP trunk\",\"provider\":\"Bandwidth\","
            + "\"is_enable\":true,\"primary_account\":true}]");

    List<UpstreamCarrier> carriers = client.listCarriers(acme).await().indefinitely();

    assertThat(carriers)
        .containsExactly(new UpstreamCarrier("1", "Main SIP trunk", "Bandwidth", true, true));
    verifyOnly(readOf("/api/carriers"));
  }

  @Test
  void createCarrier() {
    stubSuccess(
        "/api/carriers",
        201,
        "{\"id\":7,\"account_name\":\"Backup trunk\",\"provider\":\"Bandwidth\","
            + "\"is_enable\":true,\"primary_account\":false}");

    UpstreamCarrier carrier =
        client
            .createCarrier(
                acme,
                new NewCarrier(1, "Backup trunk", "trunk-user", "trunk-pass", "tok", true, false))
            .await()
            .indefinitely();

    assertThat(carrier)
        .isEqualTo(new UpstreamCarrier("7", "Backup trunk", "Bandwidth", true, false));
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/carriers")),
            "{\"carrier\":{\"provider_id\":1,\"account_name\":\"Backup trunk\","
                + "\"username\":\"trunk-user\",\"password\":\"trunk-pass\",\"api_token\":\"tok\","
                + "\"is_enable\":true,\"primary_account\":false}}"));
  }

  @Test
  void createCarrierOmitsUnsetFields() {
    stubSuccess("/api/carriers", 201, "{\"id\":8,\"account_name\":\"Bare\"}");

    client
        .createCarrier(acme, new NewCarrier(2, "Bare", null, null, null, null, null))
        .await()
        .indefinitely();

    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/carriers")),
            "{\"carrier\":{\"provider_id\":2,\"account_name\":\"Bare\"}}"));
  }

  @Test
  void listInventory() {
    stubSuccess(
        "/api/inventories?page=2&per_page=50",
        200,
        "{\"pagination\":{\"current_page\":2,\"total_pages\":3,\"total_count\":120},"
            + "\"data_arr\":["
            + INVENTORY_ITEM
            + "]}");

    InventoryPage page = client.listInventory(acme, 2, 50).await().indefinitely();

    assertThat(page.currentPage()).isEqualTo(2);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.totalCount()).isEqualTo(120);
    assertThat(page.items()).containsExactly(inventoryItem(null));
    verifyOnly(readOf("/api/inventories?page=2&per_page=50"));
  }

  @Test
  void listActivityLogs() {
    stubSuccess(
        "/api/activities_logs",
        200,
        "[{\"id\":1,\"description\":\"Ordered 2055550123\","
            + "\"created_at\":\"2026-12-04T19:58:51.000Z\"}]");

    List<ActivityLogEntry> entries = client.listActivityLogs(acme).await().indefinitely();

    assertThat(entries)
        .containsExactly(
            new ActivityLogEntry("1", "Ordered 2055550123", "2026-12-04T19:58:51.000Z"));
    verifyOnly(readOf("/api/activities_logs"));
  }

  @Test
  void listStates() {
    stubSuccess("/api/states/available", 200, "[{\"state_id\":\"AL\",\"name\":\"Alabama\"}]");

    List<UpstreamState> states = client.listStates(acme).await().indefinitely();

    assertThat(states).containsExactly(new UpstreamState("AL", "Alabama"));
    verifyOnly(readOf("/api/states/available"));
  }

  @Test
  void listRateCenters() {
    stubSuccess(
        "/api/states/AL/rate_centers",
        200,
        "[{\"rate_center\":\"BIRMINGHAM\",\"state_id\":\"AL\"}]");

    List<UpstreamRateCenter> rateCenters =
        client.listRateCenters(acme, "AL").await().indefinitely();

    assertThat(rateCenters).containsExactly(new UpstreamRateCenter("BIRMINGHAM", "AL"));
    verifyOnly(readOf("/api/states/AL/rate_centers"));
  }

  @Test
  void searchByPrefix() {
    stubSuccess(
        "/api/providers/1/search",
        200,
        "[{\"did_number\":\"2055550123\",\"state\":\"AL\",\"rate_center\":\"BIRMINGHAM\","
            + "\"provider_id\":1,\"tier_type\":1121}]");

    List<AvailableDid> numbers =
        client
            .searchNumbers(acme, 1, new SearchCriteria("local_did", "205", null, null))
            .await()
            .indefinitely();

    assertThat(numbers)
        .containsExactly(new AvailableDid("2055550123", "AL", "BIRMINGHAM", "1", "1121"));
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/providers/1/search")),
            "{\"search\":{\"search_type\":\"local_did\",\"npanxx\":\"true\","
                + "\"search_number\":\"205\"}}"));
  }

  @Test
  void searchByStateSendsNoNpanxx() {
    stubSuccess("/api/providers/3/search", 200, "[]");

    List<AvailableDid> numbers =
        client
            .searchNumbers(acme, 3, new SearchCriteria("fax_did", null, "AL", "BIRMINGHAM"))
            .await()
            .indefinitely();

    assertThat(numbers).isEmpty();
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/providers/3/search")),
            "{\"search\":{\"search_type\":\"fax_did\",\"state\":\"AL\","
                + "\"ratecenter\":\"BIRMINGHAM\"}}"));
  }

  @Test
  void listProviders() {
    stubSuccess("/api/providers/primary/providers", 200, "[{\"id\":1,\"name\":\"Bandwidth\"}]");

    List<UpstreamProvider> providers = client.listProviders(acme).await().indefinitely();

    assertThat(providers).containsExactly(new UpstreamProvider("1", "Bandwidth"));
    verifyOnly(readOf("/api/providers/primary/providers"));
  }

  @Test
  void order() {
    stubSuccess(
        "/api/orders",
        201,
        "{\"order_id\":9001,\"numbers\":[{\"did_number\":\"2055550123\",\"status\":\"ordered\"},"
            + "{\"did_number\":\"2055550124\",\"status\":\"ordered\"}]}");

    OrderResult result =
        client
            .order(
                acme,
                List.of(
                    new OrderLine("2055550123", 1, 1121, "voice", 1),
                    new OrderLine("2055550124", 2, 1122, "fax", 3)))
            .await()
            .indefinitely();

    assertThat(result.orderId()).isEqualTo("9001");
    assertThat(result.numbers())
        .containsExactly(
            new NumberStatus("2055550123", "ordered"), new NumberStatus("2055550124", "ordered"));
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/orders")),
            "{\"numbers\":{"
                + "\"0\":{\"did_number\":\"2055550123\",\"provider_id\":1,\"tier_type\":1121,"
                + "\"did_type\":\"voice\",\"quantity\":1},"
                + "\"1\":{\"did_number\":\"2055550124\",\"provider_id\":2,\"tier_type\":1122,"
                + "\"did_type\":\"fax\",\"quantity\":3}}}"));
  }

  @Test
  void route() {
    stubSuccess(
        "/api/route_numbers",
        200,
        "{\"numbers\":[{\"did_number\":\"2055550123\",\"status\":\"routed\"}]}");

    RouteResult result =
        client.route(acme, List.of(new RouteLine("2055550123", 1, 4, 5))).await().indefinitely();

    assertThat(result.numbers()).containsExactly(new NumberStatus("2055550123", "routed"));
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/route_numbers")),
            "{\"numbers\":{\"0\":{\"did_number\":\"2055550123\",\"provider_id\":1,"
                + "\"carrier_id\":4,\"subaccount\":5}}}"));
  }

  @Test
  void listSubaccounts() {
    stubSuccess("/api/sub_accounts", 200, "[{\"id\":1,\"name\":\"Support line\"}]");

    List<UpstreamSubaccount> subaccounts = client.listSubaccounts(acme).await().indefinitely();

    assertThat(subaccounts).containsExactly(new UpstreamSubaccount("1", "Support line"));
    verifyOnly(readOf("/api/sub_accounts"));
  }

  @Test
  void setCallForward() {
    stubSuccess(
        "/api/inventories/101/call_forward",
        200,
        INVENTORY_ITEM.replace("\"forward_number\":null", "\"forward_number\":\"12055550199\""));

    InventoryItem item = client.setCallForward(acme, 101, "12055550199").await().indefinitely();

    assertThat(item).isEqualTo(inventoryItem("12055550199"));
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/inventories/101/call_forward")),
            "{\"call_forward\":{\"forward_number\":\"12055550199\"}}"));
  }

  @Test
  void setCallForwards() {
    stubSuccess(
        "/api/inventories/multiple_call_forward",
        200,
        "[{\"inventory_id\":101,\"status\":\"success\"},"
            + "{\"inventory_id\":102,\"status\":\"failed\",\"message\":\"Unknown inventory\"}]");

    List<CallForwardOutcome> outcomes =
        client
            .setCallForwards(
                acme,
                List.of(
                    new CallForwardTarget(101, "2055550123", "12055550199"),
                    new CallForwardTarget(102, "2055550124", "12055550198")))
            .await()
            .indefinitely();

    assertThat(outcomes)
        .containsExactly(
            new CallForwardOutcome("101", "success", null),
            new CallForwardOutcome("102", "failed", "Unknown inventory"));
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/inventories/multiple_call_forward")),
            "{\"call_forward_numbers\":["
                + "{\"inventory_id\":101,\"inventory_number\":\"2055550123\","
                + "\"forward_number\":\"12055550199\"},"
                + "{\"inventory_id\":102,\"inventory_number\":\"2055550124\","
                + "\"forward_number\":\"12055550198\"}]}"));
  }

  @Test
  void showInventory() {
    stubSuccess("/api/inventories/101", 200, INVENTORY_ITEM);

    InventoryItem item = client.showInventory(acme, 101).await().indefinitely();

    assertThat(item).isEqualTo(inventoryItem(null));
    verifyOnly(readOf("/api/inventories/101"));
  }

  @Test
  void removeCallForward() {
    stubSuccess("/api/inventories/101/remove_call_forward.json", 200, INVENTORY_ITEM);

    InventoryItem item = client.removeCallForward(acme, 101).await().indefinitely();

    assertThat(item).isEqualTo(inventoryItem(null));
    verifyOnly(
        deleteRequestedFor(urlEqualTo("/api/inventories/101/remove_call_forward.json"))
            .withHeader("Authorization", equalTo(ACME_AUTHORIZATION))
            .withHeader("Accept", equalTo("application/json"))
            .withoutHeader("Content-Type"));
  }

  @Test
  void removeCallForwards() {
    stubSuccess(
        "/api/inventories/multiple_call_forward_removal",
        200,
        "[{\"inventory_id\":101,\"status\":\"success\"}]");

    List<CallForwardOutcome> outcomes =
        client
            .removeCallForwards(acme, List.of(new CallForwardTarget(101, "2055550123", null)))
            .await()
            .indefinitely();

    assertThat(outcomes).containsExactly(new CallForwardOutcome("101", "success", null));
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/inventories/multiple_call_forward_removal")),
            "{\"call_forward_numbers\":[{\"inventory_id\":101,"
                + "\"inventory_number\":\"2055550123\"}]}"));
  }

  @Test
  void listSubClients() {
    stubSuccess("/api/sub_clients", 200, "[" + SUB_CLIENT + "]");

    List<UpstreamSubClient> subClients = client.listSubClients(acme).await().indefinitely();

    assertThat(subClients).containsExactly(subClient());
    verifyOnly(readOf("/api/sub_clients"));
  }

  @Test
  void createSubClient() {
    stubSuccess("/api/sub_clients", 201, SUB_CLIENT);

    UpstreamSubClient created =
        client
            .createSubClient(
                acme,
                new SubClientFields("Acme support", "support@acme.test", "acme-support", true))
            .await()
            .indefinitely();

    assertThat(created).isEqualTo(subClient());
    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/sub_clients")),
            "{\"sub_client\":{\"name\":\"Acme support\",\"email\":\"support@acme.test\","
                + "\"username\":\"acme-support\",\"is_enable\":true}}"));
  }

  @Test
  void createSubClientOmitsUnsetFields() {
    stubSuccess("/api/sub_clients", 201, SUB_CLIENT);

    client
        .createSubClient(acme, new SubClientFields("Zoë Støre", "zoe@acme.test", null, null))
        .await()
        .indefinitely();

    verifyOnly(
        writeOf(
            postRequestedFor(urlEqualTo("/api/sub_clients")),
            "{\"sub_client\":{\"name\":\"Zoë Støre\",\"email\":\"zoe@acme.test\"}}"));
  }

  @Test
  void showSubClient() {
    stubSuccess("/api/sub_clients/5", 200, SUB_CLIENT);

    UpstreamSubClient subClient = client.showSubClient(acme, 5).await().indefinitely();

    assertThat(subClient).isEqualTo(subClient());
    verifyOnly(readOf("/api/sub_clients/5"));
  }

  @Test
  void updateSubClient() {
    stubSuccess("/api/sub_clients/5", 200, SUB_CLIENT);

    UpstreamSubClient updated =
        client
            .updateSubClient(
                acme,
                5,
                new SubClientFields("Acme support", "support@acme.test", "acme-support", false))
            .await()
            .indefinitely();

    assertThat(updated).isEqualTo(subClient());
    verifyOnly(
        writeOf(
            putRequestedFor(urlEqualTo("/api/sub_clients/5")),
            "{\"sub_client\":{\"name\":\"Acme support\",\"email\":\"support@acme.test\","
                + "\"username\":\"acme-support\",\"is_enable\":false}}"));
  }

  @Test
  void deleteSubClient() {
    stubSuccess("/api/sub_clients/5", 200, "null");

    client.deleteSubClient(acme, 5).await().indefinitely();

    verifyOnly(
        deleteRequestedFor(urlEqualTo("/api/sub_clients/5"))
            .withHeader("Authorization", equalTo(ACME_AUTHORIZATION))
            .withHeader("Accept", equalTo("application/json"))
            .withoutHeader("Content-Type"));
  }

  static final String INVENTORY_ITEM =
      "{\"id\":101,\"did_number\":\"2055550123\",\"state\":\"AL\",\"rate_center\":\"BIRMINGHAM\","
          + "\"provider_id\":1,\"carrier_id\":null,\"subaccount_id\":null,\"did_type\":\"voice\","
          + "\"forward_number\":null,\"created_at\":\"2026-12-04T19:58:51.000Z\"}";

  static final String SUB_CLIENT =
      "{\"id\":5,\"name\":\"Acme support\",\"email\":\"support@acme.test\","
          + "\"username\":\"acme-support\",\"is_enable\":true}";

  private static InventoryItem inventoryItem(String forwardNumber) {
    return new InventoryItem(
        "101",
        "2055550123",
        "AL",
        "BIRMINGHAM",
        "1",
        null,
        null,
        "voice",
        forwardNumber,
        "2026-12-04T19:58:51.000Z");
  }

  private static UpstreamSubClient subClient() {
    return new UpstreamSubClient("5", "Acme support", "support@acme.test", "acme-support", true);
  }

  /** Stubs any method on {@code url} to return a success envelope around {@code data}. */
  private void stubSuccess(String url, int status, String data) {
    wireMock.stubFor(
        any(urlEqualTo(url))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"result\":{\"message\":\"OK\",\"status\":"
                            + status
                            + ",\"error\":0},\"data\":"
                            + data
                            + "}")));
  }

  private static RequestPatternBuilder readOf(String url) {
    return getRequestedFor(urlEqualTo(url))
        .withHeader("Authorization", equalTo(ACME_AUTHORIZATION))
        .withHeader("Accept", equalTo("application/json"))
        .withoutHeader("Content-Type");
  }

  private static RequestPatternBuilder writeOf(RequestPatternBuilder request, String body) {
    return request
        .withHeader("Authorization", equalTo(ACME_AUTHORIZATION))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("Accept", equalTo("application/json"))
        .withRequestBody(equalTo(body));
  }

  /** Verifies that {@code request} was the one and only request Teleco received. */
  private void verifyOnly(RequestPatternBuilder request) {
    wireMock.verify(exactly(1), request);
    wireMock.verify(exactly(1), anyRequestedFor(anyUrl()));
  }
}
