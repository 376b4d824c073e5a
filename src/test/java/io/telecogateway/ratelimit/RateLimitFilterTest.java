package io.telecogateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rate limit as callers see it, over HTTP, on a clock the tests move. */
@QuarkusTest
@TestProfile(ManualClockProfile.class)
class RateLimitFilterTest {

  private static final String PROBE = "/v1/rate-limit-probe";
  private static final String BATCH = "/v1/call-forwards";

  @Inject ManualClock clock;
  @Inject ProbeResources.Calls calls;
  @Inject MeterRegistry registry;

  private long batchesBefore;

  @BeforeEach
  void refillBuckets() {
    // Longer than any test bucket takes to fill: every tenant starts full.
    clock.advance(Duration.ofMinutes(1));
    calls.reset();
    batchesBefore = batchesRunSinceStart();
  }

  @Test
  void concurrentCallsAdmitExactlyBurst() throws Exception {
    assertThat(statusesOfConcurrentCalls(100, "acme-key")).containsExactly(5, 95);
    assertThat(calls.probe.get()).isEqualTo(5);

    clock.advance(Duration.ofSeconds(1));

    assertThat(statusesOfConcurrentCalls(100, "acme-key")).containsExactly(5, 95);
    assertThat(calls.probe.get()).isEqualTo(10);
  }

  @Test
  void admittedCallCarriesHeaders() {
    probe("acme-key")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", "\"tenant\";q=5;w=1")
        .header("RateLimit", "\"tenant\";r=4;t=1");
  }

  @Test
  void rejectedCallCarriesRetryAfter() {
    // 0.5 per second, burst 2: each token takes 2 s.
    probe("slow-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=1;t=2");
    probe("slow-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=0;t=4");

    probe("slow-key")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("rate_limited"))
        .body("status", equalTo(429))
        .header("Retry-After", "2")
        .header("RateLimit-Policy", "\"tenant\";q=2;w=4")
        .header("RateLimit", "\"tenant\";r=0;t=4");

    clock.advance(Duration.ofMillis(1500));
    probe("slow-key")
        .then()
        .statusCode(429)
        .header("Retry-After", "1")
        .header("RateLimit", "\"tenant\";r=0;t=3");

    clock.advance(Duration.ofMillis(500));
    probe("slow-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=0;t=4");
    assertThat(calls.probe.get()).isEqualTo(3);
  }

  @Test
  void waitingRetryAfterIsEnough() {
    probe("slow-key");
    probe("slow-key");
    clock.advance(Duration.ofMillis(300));

    String retryAfter = probe("slow-key").then().statusCode(429).extract().header("Retry-After");
    clock.advance(Duration.ofSeconds(Long.parseLong(retryAfter)));

    probe("slow-key").then().statusCode(200);
  }

  @Test
  void batchOverRemainingIsRejectedWhole() {
    // 1 per second, burst 10: spend 5, leaving 5.
    for (int i = 0; i < 5; i++) {
      probe("bulk-key").then().statusCode(200);
    }

    batch("bulk-key", 10)
        .then()
        .statusCode(429)
        .body("code", equalTo("rate_limited"))
        .header("Retry-After", "5")
        .header("RateLimit", "\"tenant\";r=5;t=5");

    assertThat(batchesRun()).isZero();
    batch("bulk-key", 5)
        .then()
        .statusCode(200)
        .body("summary.total", equalTo(5))
        .header("RateLimit", "\"tenant\";r=0;t=10");
    assertThat(batchesRun()).isEqualTo(1);
    probe("bulk-key").then().statusCode(429);
  }

  @Test
  void batchOverBurstIsTooLarge() {
    batch("acme-key", 6)
        .then()
        .statusCode(413)
        .body("code", equalTo("payload_too_large"))
        .header("RateLimit-Policy", "\"tenant\";q=5;w=1");

    assertThat(batchesRun()).isZero();
    probe("acme-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=4;t=1");
  }

  @Test
  void unreadableBatchCostsOne() {
    given()
        .header("Authorization", "Bearer acme-key")
        .contentType(ContentType.JSON)
        .body("{\"items\": [1, 2, 3, 4, 5, 6, 7")
        .post(BATCH)
        .then()
        .statusCode(400)
        .header("RateLimit", "\"tenant\";r=4;t=1");

    assertThat(batchesRun()).isZero();
  }

  @Test
  void laterBodyFilterSeesTheCharge() {
    batch("acme-key", 2).then().statusCode(200);

    assertThat(calls.laterFilterAfterCharge.get()).isEqualTo(1);
    assertThat(calls.laterFilterBeforeCharge.get()).isZero();
  }

  @Test
  void rejectedBatchClaimsNoIdempotencyKey() {
    // 1 per second, burst 10: 5 left, so the 10-item batch is rejected before its key is claimed.
    for (int i = 0; i < 5; i++) {
      probe("bulk-key");
    }
    batchWithKey("bulk-key", 10, "batch-1").then().statusCode(429);

    clock.advance(Duration.ofSeconds(10));
    batchWithKey("bulk-key", 10, "batch-1")
        .then()
        .statusCode(200)
        .header("Idempotency-Replayed", nullValue());
    clock.advance(Duration.ofSeconds(10));
    batchWithKey("bulk-key", 10, "batch-1")
        .then()
        .statusCode(200)
        .header("Idempotency-Replayed", "true")
        .header("RateLimit", "\"tenant\";r=0;t=10");

    // Only the admitted first run reached the executor; the replay was charged but did not run.
    assertThat(batchesRun()).isEqualTo(1);
  }

  @Test
  void rejectedWriteClaimsNoIdempotencyKey() {
    for (int i = 0; i < 5; i++) {
      probe("globex-key");
    }
    writeWithKey("globex-key", "write-1").then().statusCode(429);

    clock.advance(Duration.ofSeconds(1));
    writeWithKey("globex-key", "write-1")
        .then()
        .statusCode(200)
        .header("Idempotency-Replayed", nullValue());

    assertThat(calls.probe.get()).isEqualTo(6);
  }

  @Test
  void otherTenantIsUnaffected() {
    for (int i = 0; i < 5; i++) {
      probe("acme-key").then().statusCode(200);
    }
    probe("acme-key").then().statusCode(429);

    probe("globex-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=4;t=1");
  }

  @Test
  void forwardingHeadersChangeNothing() {
    for (int i = 0; i < 5; i++) {
      given()
          .header("Authorization", "Bearer acme-key")
          .header("X-Forwarded-For", "203.0.113." + i)
          .get(PROBE)
          .then()
          .statusCode(200);
    }

    given()
        .header("Authorization", "Bearer acme-key")
        .header("X-Forwarded-For", "198.51.100.7")
        .header("X-Real-IP", "198.51.100.7")
        .header("Forwarded", "for=198.51.100.7")
        .get(PROBE)
        .then()
        .statusCode(429);
    assertThat(calls.probe.get()).isEqualTo(5);
  }

  @Test
  void unauthenticatedCallHasNoHeaders() {
    given()
        .header("Authorization", "Bearer wrong-key")
        .get(PROBE)
        .then()
        .statusCode(401)
        .header("RateLimit", nullValue())
        .header("RateLimit-Policy", nullValue());

    probe("acme-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=4;t=1");
  }

  @Test
  void decisionsAreCountedPerTenant() {
    double admittedBefore = counted("gateway.ratelimit.admitted", "globex");
    double rejectedBefore = counted("gateway.ratelimit.rejected", "globex");

    for (int i = 0; i < 7; i++) {
      probe("globex-key");
    }

    assertThat(counted("gateway.ratelimit.admitted", "globex") - admittedBefore).isEqualTo(5);
    assertThat(counted("gateway.ratelimit.rejected", "globex") - rejectedBefore).isEqualTo(2);
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("gateway_ratelimit_admitted_total{tenant=\"globex\"}");
    assertThat(metrics).contains("gateway_ratelimit_rejected_total{tenant=\"globex\"}");
  }

  @Test
  void pathsOutsideV1AreNotLimited() {
    for (int i = 0; i < 10; i++) {
      given()
          .get("/q/health/live")
          .then()
          .statusCode(200)
          .header("RateLimit", nullValue())
          .header("RateLimit-Policy", nullValue());
    }
  }

  /** Batches that reached the batch executor during this test. */
  private long batchesRun() {
    return batchesRunSinceStart() - batchesBefore;
  }

  private long batchesRunSinceStart() {
    return registry.find("gateway.fanout.batch.size").summaries().stream()
        .mapToLong(DistributionSummary::count)
        .sum();
  }

  private double counted(String name, String tenant) {
    Counter counter = registry.find(name).tag("tenant", tenant).counter();
    return counter == null ? 0 : counter.count();
  }

  private static Response probe(String callerKey) {
    return given().header("Authorization", "Bearer " + callerKey).get(PROBE);
  }

  private static Response batch(String callerKey, int items) {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < items; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"numberId\":\"")
          .append(i + 1)
          .append("\",\"number\":\"2055550100\",\"forwardTo\":\"2125550150\"}");
    }
    body.append("]}");
    return given()
        .header("Authorization", "Bearer " + callerKey)
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post(BATCH);
  }

  private static Response batchWithKey(String callerKey, int items, String idempotencyKey) {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < items; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"numberId\":\"")
          .append(i + 1)
          .append("\",\"number\":\"2055550100\",\"forwardTo\":\"2125550150\"}");
    }
    body.append("]}");
    return given()
        .header("Authorization", "Bearer " + callerKey)
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post(BATCH);
  }

  private static Response writeWithKey(String callerKey, String idempotencyKey) {
    return given()
        .header("Authorization", "Bearer " + callerKey)
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body("{\"note\":\"probe\"}")
        .post(PROBE);
  }

  /** Returns the number of 200 and of 429 responses, in that order. */
  private static List<Integer> statusesOfConcurrentCalls(int count, String callerKey)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        tasks.add(() -> probe(callerKey).statusCode());
      }
      int admitted = 0;
      int rejected = 0;
      for (Future<Integer> status : pool.invokeAll(tasks)) {
        if (status.get() == 200) {
          admitted++;
        } else if (status.get() == 429) {
          rejected++;
        }
      }
      return List.of(admitted, rejected);
    } finally {
      pool.shutdownNow();
    }
  }
}
