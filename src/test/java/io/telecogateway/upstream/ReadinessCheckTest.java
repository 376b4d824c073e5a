package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static io.telecogateway.upstream.TelecoErrorMappingTest.failureOf;
import static io.telecogateway.upstream.TelecoWireMock.ACME_API_KEY;
import static io.telecogateway.upstream.TelecoWireMock.ACME_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoLogin;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the circuit breaker on Teleco and never calls Teleco itself. The profile keeps
 * the breaker open for 500 ms after at least half of the last 6 attempts failed.
 */
@QuarkusTest
@TestProfile(FaultToleranceProfile.class)
class ReadinessCheckTest {

  @InjectWireMock WireMockServer wireMock;

  @Inject CircuitBreakerMaintenance breakers;
  @Inject TelecoClient client;
  @Inject TelecoLogin login;

  private final TelecoAccount acme = TelecoAccount.withApiKey(ACME_USERNAME, ACME_API_KEY);

  @BeforeEach
  void reset() {
    FaultToleranceProfile.warmUp(wireMock, client, login, acme);
    wireMock.resetAll();
    breakers.resetAll();
  }

  @Test
  void readyWithClosedBreaker() {
    JsonPath ready = readiness(200);

    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(check(ready, UpstreamReadinessCheck.NAME)).containsEntry("status", "UP");
    assertThat(data(ready, UpstreamReadinessCheck.NAME)).containsEntry("state", "closed");
    assertThat(data(ready, "configuration")).containsEntry("stateBackend", "memory");
    assertThat(check(ready, "idempotency-store")).containsEntry("status", "UP");
    wireMock.verify(exactly(0), anyRequestedFor(anyUrl()));
  }

  @Test
  void openBreakerMakesReplicaUnready() {
    wireMock.stubFor(
        get(urlEqualTo("/api/states/available")).willReturn(aResponse().withStatus(503)));
    // Two reads of 3 attempts each fill the window of 6 with failures, which opens the breaker.
    failureOf(client.listStates(acme));
    failureOf(client.listStates(acme));

    JsonPath unready = readiness(503);

    assertThat(unready.getString("status")).isEqualTo("DOWN");
    assertThat(check(unready, UpstreamReadinessCheck.NAME)).containsEntry("status", "DOWN");
    assertThat(data(unready, UpstreamReadinessCheck.NAME))
        .containsEntry("state", "open")
        .containsEntry("retryAfterSeconds", 1);
    // Liveness does not depend on Teleco: the process still serves.
    given().get("/q/health/live").then().statusCode(200);

    // Once the delay has passed, the replica is ready again, although no call has arrived to
    // half-open the breaker; the probes sent nothing to Teleco.
    await()
        .atMost(Duration.ofSeconds(3))
        .untilAsserted(() -> assertThat(readiness(200).getString("status")).isEqualTo("UP"));
    wireMock.verify(exactly(6), anyRequestedFor(anyUrl()));
  }

  private static JsonPath readiness(int status) {
    return given().get("/q/health/ready").then().statusCode(status).extract().jsonPath();
  }

  private static Map<String, Object> check(JsonPath health, String name) {
    Map<String, Object> check = health.getMap("checks.find { it.name == '" + name + "' }");
    assertThat(check).as("the readiness check " + name).isNotNull();
    return check;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(JsonPath health, String name) {
    return (Map<String, Object>) check(health, name).get("data");
  }
}
