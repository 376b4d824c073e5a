package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.telecogateway.testsupport.LogCapture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Runs a full flow with known secrets configured, including upstream failures, a credential
 * rotation and rejected callers, then scans the log, the metrics, the health and OpenAPI documents
 * and every error body for those secrets.
 */
@QuarkusTest
@TestProfile(SecretScanProfile.class)
class SecretsOnSimulatorTest extends SimulatorGatewayTest {

  /** A caller key that no tenant has, as a caller might mistype it. */
  private static final String WRONG_CALLER_KEY = "wrong-caller-key-7f3a9c";

  private static final String CARRIER_PASSWORD = "carrier-password-4b1d";
  private static final String CARRIER_TOKEN = "carrier-token-9e2c";

  private final List<String> errorBodies = new ArrayList<>();

  @Test
  void secretsNeverLeaveGateway() {
    List<String> log;
    try (LogCapture capture = LogCapture.all()) {
      runFlow();
      log = capture.lines();
    }
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    String health = given().get("/q/health").then().extract().asString();
    String openApi = given().get("/q/openapi").then().statusCode(200).extract().asString();

    assertThat(log).as("the captured log").hasSizeGreaterThan(20);
    assertThat(errorBodies).as("the error bodies collected").hasSizeGreaterThan(8);
    for (String secret : secrets()) {
      for (String line : log) {
        assertThat(line).as("a log line").doesNotContain(secret);
      }
      assertThat(metrics).as("the metrics").doesNotContain(secret);
      assertThat(health).as("the health document").doesNotContain(secret);
      assertThat(openApi).as("the OpenAPI document").doesNotContain(secret);
      for (String body : errorBodies) {
        assertThat(body).as("an error body").doesNotContain(secret);
      }
    }
  }

  private void runFlow() {
    // The full flow as demo, a tenant with a static api key.
    send(() -> asDemo().queryParam("prefix", "205555").get("/v1/providers/1/available-numbers"));
    send(() -> asDemo().get("/v1/states"));
    send(() -> asDemo().get("/v1/states/AL/rate-centers"));
    send(
        () ->
            asDemo()
                .header("Idempotency-Key", "order-1")
                .body(
                    "{\"numbers\":[{\"number\":\"+12055550100\",\"providerId\":1,"
                        + "\"tierType\":1121}]}")
                .post("/v1/orders"));
    send(
        () ->
            asDemo()
                .body(
                    "{\"routes\":[{\"number\":\"+12055550100\",\"providerId\":\"1\","
                        + "\"carrierId\":1,\"subaccountId\":2}]}")
                .post("/v1/routes"));
    send(
        () -> asDemo().body(Map.of("forwardTo", "2125550151")).put("/v1/numbers/103/call-forward"));
    send(() -> asDemo().get("/v1/numbers/103"));
    send(
        () ->
            asDemo()
                .body(
                    "{\"items\":[{\"numberId\":\"101\",\"number\":\"2055550198\","
                        + "\"forwardTo\":\"2125550152\"},{\"numberId\":\"999\","
                        + "\"number\":\"2055550197\",\"forwardTo\":\"2125550153\"}]}")
                .post("/v1/call-forwards"));
    send(
        () ->
            asDemo()
                .body(
                    "{\"providerId\":\"2\",\"accountName\":\"Backup trunk\","
                        + "\"username\":\"trunk-user\",\"password\":\""
                        + CARRIER_PASSWORD
                        + "\",\"apiToken\":\""
                        + CARRIER_TOKEN
                        + "\"}")
                .post("/v1/carriers"));

    // Tenants that log in with a password, before and after their api key is rotated.
    send(() -> asGlobex().get("/v1/carriers"));
    given().post("/simulator/accounts/globex/rotate-key").then().statusCode(200);
    send(() -> asGlobex().get("/v1/carriers"));
    send(() -> as(SimulatorGatewayProfile.DEMO_LOGIN_CALLER_KEY).get("/v1/subaccounts"));
    send(() -> asAcme().get("/v1/sub-clients"));

    // Rejected callers and invalid requests.
    send(() -> as(WRONG_CALLER_KEY).get("/v1/numbers"));
    send(
        () ->
            given()
                .header("Authorization", "Basic " + basic("demo", WRONG_CALLER_KEY))
                .get("/v1/numbers"));
    send(() -> given().get("/v1/numbers"));
    send(
        () ->
            asDemo().body("{\"forwardTo\":\"not-a-number\"}").put("/v1/numbers/101/call-forward"));
    send(() -> asDemo().body("{\"numbers\":").post("/v1/orders"));
    send(() -> asDemo().get("/v1/numbers/999"));
    send(
        () ->
            asDemo()
                .header("Idempotency-Key", "order-1")
                .body(
                    "{\"numbers\":[{\"number\":\"+12055550101\",\"providerId\":1,"
                        + "\"tierType\":1121}]}")
                .post("/v1/orders"));

    // Teleco failing in each way the simulator offers, on reads and writes.
    for (String kind :
        List.of(
            "status-500",
            "status-502-html",
            "status-503",
            "status-503-empty",
            "error-envelope",
            "unreadable",
            "reset")) {
      fault("GET", "/api/inventories/{id}", kind, 3);
      send(() -> asDemo().get("/v1/numbers/101"));
      fault("POST", "/api/orders", kind, 1);
      send(
          () ->
              asDemo()
                  .body(
                      "{\"numbers\":[{\"number\":\"+12055550102\",\"providerId\":1,"
                          + "\"tierType\":1121}]}")
                  .post("/v1/orders"));
    }
    given().delete("/simulator/faults").then().statusCode(200);
    // Teleco rejecting the static api key, which the gateway cannot renew.
    given().post("/simulator/accounts/demo/rotate-key").then().statusCode(200);
    send(() -> asDemo().get("/v1/numbers"));
  }

  private void send(Supplier<Response> request) {
    Response response = request.get();
    if (response.statusCode() >= 400) {
      errorBodies.add(response.asString());
    }
  }

  private static void fault(String method, String path, String kind, int count) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("method", method, "path", path, "kind", kind, "count", count))
        .post("/simulator/faults")
        .then()
        .statusCode(201);
  }

  /** Returns every secret the gateway stores or was sent, and the encodings it would travel in. */
  private static List<String> secrets() {
    List<String> secrets =
        new ArrayList<>(
            List.of(
                SimulatorGatewayProfile.DEMO_CALLER_KEY,
                SimulatorGatewayProfile.ACME_CALLER_KEY,
                SimulatorGatewayProfile.GLOBEX_CALLER_KEY,
                SimulatorGatewayProfile.DEMO_LOGIN_CALLER_KEY,
                WRONG_CALLER_KEY,
                SimulatorGatewayProfile.DEMO_API_KEY,
                SimulatorGatewayProfile.ACME_API_KEY,
                "globex-password",
                "demo-password",
                CARRIER_PASSWORD,
                CARRIER_TOKEN));
    secrets.add(basic("demo", SimulatorGatewayProfile.DEMO_API_KEY));
    secrets.add(basic("acme", SimulatorGatewayProfile.ACME_API_KEY));
    return secrets;
  }

  private static String basic(String username, String secret) {
    return Base64.getEncoder()
        .encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }
}
