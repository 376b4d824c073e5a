package io.telecogateway.cache;

import static io.restassured.RestAssured.given;
import static io.telecogateway.cache.CacheProfile.ACME_KEY;
import static io.telecogateway.cache.TelecoStubs.ALABAMA;
import static io.telecogateway.cache.TelecoStubs.STATES;
import static io.telecogateway.cache.TelecoStubs.data;
import static io.telecogateway.cache.TelecoStubs.stub;
import static io.telecogateway.cache.TelecoStubs.verifyCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.telecogateway.testsupport.LogCapture;
import io.telecogateway.upstream.InjectWireMock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With Redis down, every request is served from Teleco, and the failures are counted. */
@QuarkusTest
@TestProfile(CacheProfile.UnreachableRedis.class)
class UnreachableRedisCacheTest {

  private static final String UNSTORED_MISS = "teleco-gateway; fwd=miss; detail=store_unavailable";

  @InjectWireMock WireMockServer wireMock;

  @Inject MeterRegistry registry;
  @Inject ManualCacheClock clock;

  @BeforeEach
  void reset() {
    TelecoStubs.warmUp(wireMock);
    wireMock.resetAll();
    // Past the minute in which a store warning may already have been logged.
    clock.advance(Duration.ofMinutes(1));
  }

  @Test
  void storeFailureFallsBackToTeleco() {
    stub(wireMock, STATES, data(ALABAMA));
    double failuresBefore = storeFailures();

    List<String> warnings;
    Response first;
    Response second;
    try (LogCapture log = LogCapture.of(ReferenceDataCache.class)) {
      first = states();
      second = states();
      warnings = log.warnings();
    }

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.jsonPath().getList("items.code")).containsExactly("AL");
    assertThat(first.header("Cache-Status")).isEqualTo(UNSTORED_MISS);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.header("Cache-Status")).isEqualTo(UNSTORED_MISS);
    // A failed read and a failed write per request.
    assertThat(storeFailures()).isEqualTo(failuresBefore + 4);
    // At most one warning a minute; the clock does not move in this test.
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).startsWith("The cache store failed to read states of account");
    verifyCalls(wireMock, 2, STATES);
  }

  private double storeFailures() {
    return registry.get("gateway.cache.store.failures").tag("cache", "states").counter().count();
  }

  private static Response states() {
    return given().header("Authorization", "Bearer " + ACME_KEY).get("/v1/states");
  }
}
