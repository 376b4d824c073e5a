package io.telecogateway.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static io.telecogateway.cache.CacheProfile.ACME_ACCOUNT;
import static io.telecogateway.cache.CacheProfile.ACME_API_KEY;
import static io.telecogateway.cache.CacheProfile.ACME_KEY;
import static io.telecogateway.cache.CacheProfile.ACME_OPS_KEY;
import static io.telecogateway.cache.CacheProfile.GLOBEX_ACCOUNT;
import static io.telecogateway.cache.CacheProfile.GLOBEX_API_KEY;
import static io.telecogateway.cache.CacheProfile.GLOBEX_KEY;
import static io.telecogateway.cache.TelecoStubs.ALABAMA;
import static io.telecogateway.cache.TelecoStubs.ALABAMA_AND_TEXAS;
import static io.telecogateway.cache.TelecoStubs.BIRMINGHAM;
import static io.telecogateway.cache.TelecoStubs.NORTHWIND;
import static io.telecogateway.cache.TelecoStubs.PROVIDERS;
import static io.telecogateway.cache.TelecoStubs.STATES;
import static io.telecogateway.cache.TelecoStubs.data;
import static io.telecogateway.cache.TelecoStubs.envelope;
import static io.telecogateway.cache.TelecoStubs.json;
import static io.telecogateway.cache.TelecoStubs.rateCenters;
import static io.telecogateway.cache.TelecoStubs.stub;
import static io.telecogateway.cache.TelecoStubs.verifyCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.telecogateway.testsupport.LogCapture;
import io.telecogateway.upstream.InjectWireMock;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cached {@code /v1} reference-data endpoints against a WireMock Teleco, on the memory backend
 * and a manual clock. Every test counts the calls WireMock received.
 */
@QuarkusTest
@TestProfile(CacheProfile.class)
class CachedReferenceDataTest {

  private static final long DAY = Duration.ofDays(1).toSeconds();
  private static final String MISS = "teleco-gateway; fwd=miss; stored; ttl=86400";
  private static final String COLLAPSED_MISS =
      "teleco-gateway; fwd=miss; collapsed; stored; ttl=86400";

  @InjectWireMock WireMockServer wireMock;

  @Inject ReferenceDataCache cache;
  @Inject ManualCacheClock clock;
  @Inject MeterRegistry registry;

  @BeforeEach
  void reset() {
    TelecoStubs.warmUp(wireMock);
    wireMock.resetAll();
    for (CacheKind kind : CacheKind.values()) {
      cache.invalidate(kind).await().indefinitely();
    }
  }

  @Test
  void timeoutIsNotCached() {
    wireMock.stubFor(
        get(urlEqualTo(STATES))
            .inScenario("slow once")
            .whenScenarioStateIs(STARTED)
            .willReturn(data(ALABAMA).withFixedDelay(CacheProfile.PAST_READ_TIMEOUT_MILLIS))
            .willSetStateTo("fast"));
    wireMock.stubFor(
        get(urlEqualTo(STATES))
            .inScenario("slow once")
            .whenScenarioStateIs("fast")
            .willReturn(data(ALABAMA)));

    states(ACME_KEY).then().statusCode(504).body("code", is("upstream_timeout"));
    Response miss = states(ACME_KEY);
    Response hit = states(ACME_KEY);

    assertThat(miss.statusCode()).isEqualTo(200);
    assertThat(miss.header("Cache-Status"))
        .isEqualTo("teleco-gateway; fwd=miss; stored; ttl=86400");
    assertThat(hit.statusCode()).isEqualTo(200);
    assertThat(hit.header("Cache-Status")).isEqualTo("teleco-gateway; hit; ttl=86400");
    assertThat(hit.jsonPath().getList("items.code")).containsExactly("AL");
    // The timed-out call and the miss; the hit makes none.
    verifyCalls(wireMock, 2, STATES);
  }

  @Test
  void concurrentColdRequestsCallOnce() {
    stub(wireMock, STATES, data(ALABAMA).withFixedDelay(250));

    List<HttpResponse<String>> responses = ConcurrentRequests.get(50, "/v1/states", ACME_KEY);

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    assertThat(responses).allSatisfy(r -> assertThat(r.body()).contains("Alabama"));
    List<String> statuses = ConcurrentRequests.cacheStatuses(responses);
    // One request called Teleco; the others waited for its call (collapsed) or came after it.
    assertThat(statuses).containsOnlyOnce(MISS);
    assertThat(statuses)
        .allMatch(
            s ->
                s.equals(MISS)
                    || s.equals(COLLAPSED_MISS)
                    || s.equals("teleco-gateway; hit; ttl=86400"));
    verifyCalls(wireMock, 1, STATES);
  }

  @Test
  void errorEnvelopeIsNotCached() {
    stub(wireMock, STATES, json(200, envelope(500, 1, "null")));

    states(ACME_KEY).then().statusCode(502).body("code", is("upstream_unavailable"));
    stub(wireMock, STATES, data(ALABAMA));
    Response miss = states(ACME_KEY);
    Response hit = states(ACME_KEY);

    assertThat(miss.header("Cache-Status")).startsWith("teleco-gateway; fwd=miss");
    assertThat(hit.header("Cache-Status")).startsWith("teleco-gateway; hit");
    verifyCalls(wireMock, 2, STATES);
  }

  @Test
  void rejectionIsNotCached() {
    stub(wireMock, rateCenters("AL"), json(200, envelope(400, 1, "null")));

    rateCentersOf("AL").then().statusCode(400).body("code", is("upstream_rejected"));
    stub(wireMock, rateCenters("AL"), data(BIRMINGHAM));
    rateCentersOf("AL").then().statusCode(200);

    verifyCalls(wireMock, 2, rateCenters("AL"));
  }

  @Test
  void headersFollowClock() {
    stub(wireMock, STATES, data(ALABAMA));

    Response miss = states(ACME_KEY);
    clock.advance(Duration.ofSeconds(90));
    Response hit = states(ACME_KEY);

    assertThat(miss.header("Cache-Control")).isEqualTo("private, max-age=86400");
    assertThat(miss.header("Age")).isEqualTo("0");
    assertThat(miss.header("Cache-Status"))
        .isEqualTo("teleco-gateway; fwd=miss; stored; ttl=86400");
    assertThat(hit.header("Cache-Control")).isEqualTo("private, max-age=86400");
    assertThat(hit.header("Age")).isEqualTo("90");
    assertThat(hit.header("Cache-Status")).isEqualTo("teleco-gateway; hit; ttl=86310");
    verifyCalls(wireMock, 1, STATES);
  }

  @Test
  void expiredEntryIsRefreshed() {
    stub(wireMock, STATES, data(ALABAMA));
    states(ACME_KEY).then().statusCode(200);
    stub(wireMock, STATES, data(ALABAMA_AND_TEXAS));

    clock.advance(Duration.ofHours(24).minusSeconds(1));
    Response lastHit = states(ACME_KEY);
    clock.advance(Duration.ofSeconds(1));
    Response refreshed = states(ACME_KEY);

    assertThat(lastHit.jsonPath().getList("items.code")).containsExactly("AL");
    assertThat(lastHit.header("Cache-Status")).isEqualTo("teleco-gateway; hit; ttl=1");
    assertThat(refreshed.jsonPath().getList("items.code")).containsExactly("AL", "TX");
    assertThat(refreshed.header("Cache-Status"))
        .isEqualTo("teleco-gateway; fwd=stale; stored; ttl=86400");
    assertThat(refreshed.header("Age")).isEqualTo("0");
    verifyCalls(wireMock, 2, STATES);
  }

  @Test
  void providersExpireBeforeStates() {
    stub(wireMock, STATES, data(ALABAMA));
    stub(wireMock, PROVIDERS, data(NORTHWIND));
    states(ACME_KEY).then().statusCode(200);
    Response provider = providers();

    clock.advance(Duration.ofMinutes(5));
    states(ACME_KEY).then().statusCode(200);
    providers().then().statusCode(200);

    assertThat(provider.header("Cache-Control")).isEqualTo("private, max-age=300");
    assertThat(provider.jsonPath().getString("items[0].id")).isEqualTo("1");
    verifyCalls(wireMock, 1, STATES);
    verifyCalls(wireMock, 2, PROVIDERS);
  }

  @Test
  void staleServedWhenTelecoFails() {
    stub(wireMock, STATES, data(ALABAMA));
    states(ACME_KEY).then().statusCode(200);
    stub(wireMock, STATES, json(503, "<html>Service Unavailable</html>"));
    double staleBefore = requests("states", "stale");
    clock.advance(Duration.ofHours(24).plusSeconds(10));

    Response stale;
    try (LogCapture log = LogCapture.of(ReferenceDataCache.class)) {
      stale = states(ACME_KEY);
      assertThat(log.warnings())
          .anySatisfy(
              w ->
                  assertThat(w)
                      .contains(
                          "Serving the cached states of account acme-teleco 10 s past its TTL")
                      .contains("upstream_unavailable"));
    }

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.jsonPath().getList("items.code")).containsExactly("AL");
    assertThat(stale.header("Cache-Status"))
        .isEqualTo(
            "teleco-gateway; fwd=stale; fwd-status=503; ttl=-10; detail=upstream_unavailable");
    assertThat(stale.header("Age")).isEqualTo(Long.toString(DAY + 10));
    assertThat(stale.header("Cache-Control")).isEqualTo("private, max-age=86400");
    assertThat(requests("states", "stale")).isEqualTo(staleBefore + 1);
    verifyCalls(wireMock, 2, STATES);
  }

  @Test
  void staleServedWhenTelecoTimesOut() {
    stub(wireMock, PROVIDERS, data(NORTHWIND));
    providers().then().statusCode(200);
    stub(
        wireMock, PROVIDERS, data(NORTHWIND).withFixedDelay(CacheProfile.PAST_READ_TIMEOUT_MILLIS));
    clock.advance(Duration.ofMinutes(6));

    Response stale = providers();

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.header("Cache-Status"))
        .isEqualTo("teleco-gateway; fwd=stale; fwd-status=504; ttl=-60; detail=upstream_timeout");
    verifyCalls(wireMock, 2, PROVIDERS);
  }

  @Test
  void maxStaleExceededReturnsError() {
    stub(wireMock, STATES, data(ALABAMA));
    states(ACME_KEY).then().statusCode(200);
    stub(wireMock, STATES, json(503, "<html>Service Unavailable</html>"));
    double errorsBefore = requests("states", "error");
    double staleBefore = requests("states", "stale");

    // The TTL (24h) plus max-stale (7d): the last second in which the entry may be served.
    clock.advance(Duration.ofDays(8).minusSeconds(1));
    states(ACME_KEY).then().statusCode(200);
    clock.advance(Duration.ofSeconds(1));
    states(ACME_KEY).then().statusCode(502).body("code", is("upstream_unavailable"));

    assertThat(requests("states", "stale")).isEqualTo(staleBefore + 1);
    assertThat(requests("states", "error")).isEqualTo(errorsBefore + 1);
    verifyCalls(wireMock, 3, STATES);
  }

  @Test
  void notFoundEvictsEntry() {
    stub(wireMock, rateCenters("AL"), data(BIRMINGHAM));
    rateCentersOf("AL").then().statusCode(200);
    clock.advance(Duration.ofDays(2));
    stub(wireMock, rateCenters("AL"), json(404, envelope(404, 1, "null")));

    rateCentersOf("AL").then().statusCode(404).body("code", is("not_found"));
    stub(wireMock, rateCenters("AL"), json(503, ""));
    // Without the eviction this would be a stale 200.
    rateCentersOf("AL").then().statusCode(502);

    verifyCalls(wireMock, 3, rateCenters("AL"));
  }

  @Test
  void rejectedCredentialsKeepEntryUnserved() {
    stub(wireMock, STATES, data(ALABAMA));
    states(ACME_KEY).then().statusCode(200);
    clock.advance(Duration.ofDays(2));
    stub(wireMock, STATES, json(401, envelope(401, 1, "null")));

    states(ACME_KEY).then().statusCode(502);
    stub(wireMock, STATES, json(503, ""));
    Response stale = states(ACME_KEY);

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.header("Cache-Status"))
        .startsWith("teleco-gateway; fwd=stale; fwd-status=503");
    verifyCalls(wireMock, 3, STATES);
  }

  @Test
  void accountsDoNotShareEntries() {
    wireMock.stubFor(
        get(urlEqualTo(STATES))
            .withBasicAuth(ACME_ACCOUNT, ACME_API_KEY)
            .willReturn(data(ALABAMA)));
    wireMock.stubFor(
        get(urlEqualTo(STATES))
            .withBasicAuth(GLOBEX_ACCOUNT, GLOBEX_API_KEY)
            .willReturn(data(ALABAMA_AND_TEXAS)));

    Response acme = states(ACME_KEY);
    Response globex = states(GLOBEX_KEY);
    Response acmeAgain = states(ACME_KEY);

    assertThat(acme.jsonPath().getList("items.code")).containsExactly("AL");
    assertThat(globex.jsonPath().getList("items.code")).containsExactly("AL", "TX");
    assertThat(globex.header("Cache-Status")).startsWith("teleco-gateway; fwd=miss");
    assertThat(acmeAgain.jsonPath().getList("items.code")).containsExactly("AL");
    verifyCalls(wireMock, 2, STATES);
  }

  @Test
  void tenantsOnOneAccountShareEntries() {
    stub(wireMock, STATES, data(ALABAMA));

    states(ACME_KEY).then().statusCode(200);
    Response other = states(ACME_OPS_KEY);

    assertThat(other.header("Cache-Status")).startsWith("teleco-gateway; hit");
    verifyCalls(wireMock, 1, STATES);
  }

  @Test
  void stateCaseSharesEntry() {
    stub(wireMock, rateCenters("AL"), data(BIRMINGHAM));

    Response lower = rateCentersOf("al");
    Response upper = rateCentersOf("AL");

    assertThat(lower.jsonPath().getList("items.name")).containsExactly("BIRMINGHAM");
    assertThat(upper.header("Cache-Status")).startsWith("teleco-gateway; hit");
    verifyCalls(wireMock, 1, rateCenters("AL"));
  }

  @Test
  void invalidStateNeverReachesCache() {
    given()
        .header("Authorization", "Bearer " + ACME_KEY)
        .get("/v1/states/A1/rate-centers")
        .then()
        .statusCode(400);

    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void openApiDocumentsCacheHeaders() {
    String headers = "paths.'/v1/states/{state}/rate-centers'.get.responses.'200'.headers";

    JsonPath document = given().queryParam("format", "json").get("/q/openapi").jsonPath();

    assertThat(document.getMap(headers)).containsKeys("Cache-Control", "Age", "Cache-Status");
    assertThat(
            document.getString(
                "paths.'/v1/states/{state}/rate-centers'.get.responses.'200'.content"
                    + ".'application/json'.schema.$ref"))
        .isEqualTo("#/components/schemas/ItemListRateCenter");
  }

  private double requests(String cache, String result) {
    return registry
        .get("gateway.cache.requests")
        .tag("cache", cache)
        .tag("result", result)
        .counter()
        .count();
  }

  private static Response states(String callerKey) {
    return given().header("Authorization", "Bearer " + callerKey).get("/v1/states");
  }

  private static Response rateCentersOf(String state) {
    return given()
        .header("Authorization", "Bearer " + ACME_KEY)
        .get("/v1/states/" + state + "/rate-centers");
  }

  private static Response providers() {
    return given().header("Authorization", "Bearer " + ACME_KEY).get("/v1/providers");
  }
}
