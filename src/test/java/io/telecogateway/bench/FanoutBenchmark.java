package io.telecogateway.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Wall time of a 1000-item call-forward batch at concurrency 50 against an upstream that answers
 * every call in 20 ms. The ideal is 1000 / 50 × 20 ms = 400 ms. Run with {@code bench/run}; the
 * default build skips the {@code benchmark} tag.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(FanoutBenchmark.Profile.class)
class FanoutBenchmark {

  static final int ITEMS = 1000;
  static final int CONCURRENCY = 50;
  static final int WARM_UP_BATCHES = 5;
  static final int MEASURED_BATCHES = 9;

  /** Concurrency 50 per batch and per tenant, and limits far above what one batch needs. */
  public static class Profile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
      Map<String, String> config = new HashMap<>();
      config.put("gateway.fanout.concurrency", Integer.toString(CONCURRENCY));
      config.put("gateway.fanout.tenant-concurrency", Integer.toString(CONCURRENCY));
      // 1000 items in 0.4 s are 2500 calls per second; the ceiling stays on but never binds.
      config.put("gateway.teleco.max-requests-per-second", "100000");
      config.put("gateway.tenants.bench.caller-key-hashes", "sha256:" + sha256Hex("bench-key"));
      config.put("gateway.tenants.bench.teleco.username", "bench-user");
      config.put("gateway.tenants.bench.teleco.api-key", "bench-api-key");
      config.put("gateway.tenants.bench.rate-limit.burst", "1000000");
      config.put("gateway.tenants.bench.rate-limit.requests-per-second", "1000000");
      return List.of(new TestResourceEntry(DelayedUpstream.class, config));
    }
  }

  @Test
  void thousandItemBatch() {
    String body = body();
    for (int i = 0; i < WARM_UP_BATCHES; i++) {
      send(body);
    }
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < MEASURED_BATCHES; i++) {
      long start = System.nanoTime();
      send(body);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    List<Long> sorted = millis.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    double ideal = (double) ITEMS / CONCURRENCY * DelayedUpstream.DELAY_MILLIS;
    System.out.printf(
        "BENCHMARK fan-out: %d items, concurrency %d, upstream %d ms; batches (ms) %s;"
            + " median %d ms; ideal %.0f ms; ratio %.2f%n",
        ITEMS, CONCURRENCY, DelayedUpstream.DELAY_MILLIS, millis, median, ideal, median / ideal);
  }

  private static void send(String body) {
    int succeeded =
        given()
            .header("Authorization", "Bearer bench-key")
            .contentType(ContentType.JSON)
            .body(body)
            .post("/v1/call-forwards")
            .then()
            .statusCode(200)
            .extract()
            .path("summary.succeeded");
    assertThat(succeeded).isEqualTo(ITEMS);
  }

  private static String body() {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 1; i <= ITEMS; i++) {
      body.append(i == 1 ? "" : ",")
          .append("{\"numberId\":")
          .append(i)
          .append(",\"number\":\"205555")
          .append(String.format("%04d", i))
          .append("\",\"forwardTo\":\"2125550150\"}");
    }
    return body.append("]}").toString();
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
