package io.telecogateway.fanout;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.telecogateway.fanout.Batches.REMOVE;
import static io.telecogateway.fanout.Batches.SET;
import static io.telecogateway.fanout.Batches.e164Of;
import static io.telecogateway.fanout.Batches.envelope;
import static io.telecogateway.fanout.Batches.forwardChanged;
import static io.telecogateway.fanout.Batches.ids;
import static io.telecogateway.fanout.Batches.removeBody;
import static io.telecogateway.fanout.Batches.setBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batch call forwarding against WireMock with retries on ({@link FanoutProfile}): per-item outcomes
 * and upstream request counts, the concurrency bounds, validation and the rate limit.
 */
@QuarkusTest
@TestProfile(FanoutProfile.class)
class CallForwardBatchTest {

  private static final String FORWARD_PATHS = "/api/inventories/[0-9]+/call_forward";
  private static final String SET_CALL = "POST /api/inventories/{inventory_id}/call_forward";

  @InjectUpstream WireMockServer wireMock;
  @InjectUpstream InFlightCounter inFlight;

  @Inject CircuitBreakerMaintenance breakers;
  @Inject MeterRegistry registry;

  @BeforeEach
  void reset() {
    wireMock.resetAll();
    breakers.resetAll();
    inFlight.reset();
  }

  @Test
  void mixedOutcomesKeepRequestOrder() {
    wireMock.stubFor(
        post(urlEqualTo("/api/inventories/11/call_forward")).willReturn(forwardChanged(11)));
    wireMock.stubFor(
        post(urlEqualTo("/api/inventories/12/call_forward")).willReturn(envelope(404, 1, "null")));
    wireMock.stubFor(
        post(urlEqualTo("/api/inventories/13/call_forward"))
            .inScenario("item 13")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(envelope(503, 1, "null"))
            .willSetStateTo("recovered"));
    wireMock.stubFor(
        post(urlEqualTo("/api/inventories/13/call_forward"))
            .inScenario("item 13")
            .whenScenarioStateIs("recovered")
            .willReturn(forwardChanged(13)));
    wireMock.stubFor(
        post(urlEqualTo("/api/inventories/14/call_forward"))
            .willReturn(
                forwardChanged(14).withFixedDelay(FanoutProfile.WRITE_TIMEOUT_MILLIS * 5 / 2)));
    double notFoundBefore = itemsCounted("not_found");

    JsonPath answer =
        Batches.post("fan", SET, setBody(List.of(11L, 12L, 13L, 14L)))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answer.getInt("summary.total")).isEqualTo(4);
    assertThat(answer.getInt("summary.succeeded")).isEqualTo(2);
    assertThat(answer.getInt("summary.failed")).isEqualTo(2);
    assertThat(answer.getList("items.numberId")).containsExactly("11", "12", "13", "14");
    assertThat(answer.getList("items.number"))
        .containsExactly(e164Of(11), e164Of(12), e164Of(13), e164Of(14));
    assertThat(answer.getList("items.status"))
        .containsExactly("succeeded", "failed", "succeeded", "failed");
    assertThat(answer.getMap("items[0]")).doesNotContainKey("error");
    assertThat(answer.getString("items[1].error.code")).isEqualTo("not_found");
    assertThat(answer.getInt("items[1].error.status")).isEqualTo(404);
    assertThat(answer.getString("items[3].error.code")).isEqualTo("upstream_outcome_unknown");
    assertThat(answer.getInt("items[3].error.status")).isEqualTo(504);
    assertThat(answer.getString("items[3].error.detail")).contains("GET /v1/numbers/{id}");
    // 11 succeeds at once; 12's 404 is not retried; 13 is retried once after its 503; each of
    // 14's 3 attempts times out.
    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo("/api/inventories/11/call_forward")));
    wireMock.verify(exactly(1), postRequestedFor(urlEqualTo("/api/inventories/12/call_forward")));
    wireMock.verify(exactly(2), postRequestedFor(urlEqualTo("/api/inventories/13/call_forward")));
    wireMock.verify(exactly(3), postRequestedFor(urlEqualTo("/api/inventories/14/call_forward")));
    assertThat(itemsCounted("not_found") - notFoundBefore).isEqualTo(1);
  }

  @Test
  void itemsStayWithinBatchConcurrency() {
    wireMock.stubFor(
        post(urlMatching(FORWARD_PATHS))
            .willReturn(
                forwardChanged(1).withFixedDelay(50).withTransformers(InFlightCounter.NAME)));

    Batches.post("fan", SET, setBody(ids(1, 100)))
        .then()
        .statusCode(200)
        .body("summary.succeeded", equalTo(100))
        .body("items.status", everyItem(equalTo("succeeded")));

    wireMock.verify(exactly(100), postRequestedFor(urlMatching(FORWARD_PATHS)));
    assertThat(inFlight.max()).isLessThanOrEqualTo(FanoutProfile.CONCURRENCY);
    assertThat(inFlight.max()).isGreaterThan(1);
  }

  @Test
  void tenantCeilingHoldsAcrossBatches() throws Exception {
    wireMock.stubFor(
        post(urlMatching(FORWARD_PATHS))
            .willReturn(
                forwardChanged(1).withFixedDelay(100).withTransformers(InFlightCounter.NAME)));

    CompletableFuture<Integer> first =
        CompletableFuture.supplyAsync(
            () -> Batches.post("fan", SET, setBody(ids(1, 40))).then().extract().statusCode());
    CompletableFuture<Integer> second =
        CompletableFuture.supplyAsync(
            () -> Batches.post("fan", SET, setBody(ids(101, 40))).then().extract().statusCode());

    assertThat(first.get()).isEqualTo(200);
    assertThat(second.get()).isEqualTo(200);
    wireMock.verify(exactly(80), postRequestedFor(urlMatching(FORWARD_PATHS)));
    assertThat(inFlight.max()).isLessThanOrEqualTo(FanoutProfile.TENANT_CONCURRENCY);
    // More than one batch's own bound: both batches ran at the same time.
    assertThat(inFlight.max()).isGreaterThan(FanoutProfile.CONCURRENCY);
  }

  @Test
  void oversizedBatchIsRejected() {
    Batches.post("fan", SET, setBody(ids(1, 1001)))
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("errors.field", contains("items"))
        .body("errors[0].message", containsString("at most 1000 items, got 1001"));

    wireMock.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void duplicateNumberIdsAreRejected() {
    Batches.post("fan", SET, setBody(List.of(1L, 2L, 1L, 3L, 2L)))
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("errors.field", contains("items[2].numberId", "items[4].numberId"))
        .body("errors[0].message", equalTo("number 1 is already listed at items[0]"));

    wireMock.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void invalidItemsAreNamedByIndex() {
    String body =
        "{\"items\":["
            + "{\"numberId\":\"1\",\"number\":\"2055550001\",\"forwardTo\":\"2125550150\"},"
            + "{\"numberId\":\"0\",\"number\":\"2055550002\",\"forwardTo\":\"2125550150\"},"
            + "{\"numberId\":\"3\",\"number\":\"2055550003\",\"forwardTo\":\"2125550150\"},"
            + "{\"numberId\":\"4\",\"number\":\"2055550004\",\"forwardTo\":\"+1 123 123 12321\"}]}";

    Batches.post("fan", SET, body)
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("errors.field", hasSize(2))
        .body(
            "errors.field",
            org.hamcrest.Matchers.hasItems("items[1].numberId", "items[3].forwardTo"));

    wireMock.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void emptyBatchIsRejected() {
    Batches.post("fan", REMOVE, "{\"items\":[]}")
        .then()
        .statusCode(400)
        .body("errors.field", contains("items"));

    wireMock.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void batchOverRemainingTokensIsRejectedWhole() {
    wireMock.stubFor(post(urlMatching(FORWARD_PATHS)).willReturn(forwardChanged(1)));
    wireMock.stubFor(
        any(urlMatching("/api/inventories/[0-9]+/remove_call_forward.json"))
            .willReturn(forwardChanged(1)));
    // Burst 10, refilled at 0.01 per second: 6 items leave 4 tokens.
    Batches.post("small", SET, setBody(ids(1, 6))).then().statusCode(200);

    Batches.post("small", SET, setBody(ids(1, 5)))
        .then()
        .statusCode(429)
        .body("code", equalTo("rate_limited"));
    Batches.post("small", REMOVE, removeBody(ids(1, 5)))
        .then()
        .statusCode(429)
        .body("code", equalTo("rate_limited"));
    Batches.post("small", REMOVE, removeBody(ids(1, 11)))
        .then()
        .statusCode(413)
        .body("code", equalTo("payload_too_large"));

    // Only the admitted first batch reached Teleco.
    wireMock.verify(exactly(6), anyRequestedFor(anyUrl()));
  }

  @Test
  void removalBatchReportsEachItem() {
    wireMock.stubFor(
        delete(urlEqualTo("/api/inventories/21/remove_call_forward.json"))
            .willReturn(forwardChanged(21)));
    wireMock.stubFor(
        delete(urlEqualTo("/api/inventories/22/remove_call_forward.json"))
            .willReturn(envelope(404, 1, "null")));
    wireMock.stubFor(
        delete(urlEqualTo("/api/inventories/23/remove_call_forward.json"))
            .willReturn(envelope(502, 1, "null")));

    Batches.post("fan", REMOVE, removeBody(List.of(21L, 22L, 23L)))
        .then()
        .statusCode(200)
        .body("summary.succeeded", equalTo(1))
        .body("summary.failed", equalTo(2))
        .body("items.numberId", contains("21", "22", "23"))
        .body("items.status", contains("succeeded", "failed", "failed"))
        .body("items[0].error", nullValue())
        .body("items[1].error.code", equalTo("not_found"))
        .body("items[2].error.code", equalTo("upstream_unavailable"))
        .body("items[2].error.status", equalTo(502));

    // 21 once, 22's 404 once, 23's 502 on each of the 3 attempts.
    wireMock.verify(
        exactly(1), deleteRequestedFor(urlEqualTo("/api/inventories/21/remove_call_forward.json")));
    wireMock.verify(
        exactly(1), deleteRequestedFor(urlEqualTo("/api/inventories/22/remove_call_forward.json")));
    wireMock.verify(
        exactly(3), deleteRequestedFor(urlEqualTo("/api/inventories/23/remove_call_forward.json")));
  }

  @Test
  void disconnectCancelsOutstandingItems() throws Exception {
    // Each response takes 500 ms, within the 600 ms write timeout, so no attempt times out.
    wireMock.stubFor(
        post(urlMatching(FORWARD_PATHS)).willReturn(forwardChanged(1).withFixedDelay(500)));
    long cancelledBefore = cancelledCalls();
    byte[] body = setBody(ids(1, 40)).getBytes(StandardCharsets.UTF_8);

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + SET
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer fan-key\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> wireMock.getAllServeEvents().size() >= FanoutProfile.CONCURRENCY);
    }

    // The first 8 calls are cancelled when the connection closes, and no further item starts,
    // although the next 8 would have started 500 ms after the first.
    await()
        .atMost(Duration.ofSeconds(2))
        .until(() -> cancelledCalls() - cancelledBefore == FanoutProfile.CONCURRENCY);
    Thread.sleep(800);
    wireMock.verify(
        exactly(FanoutProfile.CONCURRENCY), postRequestedFor(urlMatching(FORWARD_PATHS)));
  }

  @Test
  void metricsDescribeBatches() {
    wireMock.stubFor(post(urlMatching(FORWARD_PATHS)).willReturn(forwardChanged(1)));

    Batches.post("fan", SET, setBody(ids(1, 3))).then().statusCode(200);

    String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains(
            "gateway_fanout_items_total{operation=\"set_call_forward\",outcome=\"succeeded\"}");
    assertThat(metrics).contains("gateway_fanout_batch_size_count{operation=\"set_call_forward\"}");
    assertThat(metrics)
        .contains("gateway_fanout_batch_seconds_count{operation=\"set_call_forward\"}");
  }

  private double itemsCounted(String outcome) {
    var counter =
        registry
            .find("gateway.fanout.items")
            .tags("operation", "set_call_forward", "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private long cancelledCalls() {
    List<Timer> timers =
        new ArrayList<>(
            registry
                .find("gateway.upstream.calls")
                .tags("call", SET_CALL, "outcome", "cancelled")
                .timers());
    return timers.stream().mapToLong(Timer::count).sum();
  }
}
