package io.telecogateway.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The control endpoints: faults, call counts, api key rotation and reset. */
@QuarkusTest
@TestProfile(SimulatorEnabledProfile.class)
class SimulatorControlTest extends SimulatorTestSupport {

  private static final String NEW_SUB_CLIENT =
      "{\"sub_client\":{\"name\":\"Acme support\",\"email\":\"support@acme.test\"}}";

  @TestHTTPResource("/")
  URI baseUri;

  /** The fault kinds that replace the response, with the status and media type they send. */
  private record ReplacingFault(String kind, int status, String contentType) {}

  private static final List<ReplacingFault> REPLACING_FAULTS =
      List.of(
          new ReplacingFault("status-500", 500, "application/json"),
          new ReplacingFault("status-502-html", 502, "text/html"),
          new ReplacingFault("status-503", 503, "application/json"),
          new ReplacingFault("status-503-empty", 503, null),
          new ReplacingFault("status-504-html", 504, "text/html"),
          new ReplacingFault("error-envelope", 200, "application/json"),
          new ReplacingFault("unreadable", 200, "application/json"));

  @Test
  void replacingFaultsSendTheirResponseOnce() {
    for (ReplacingFault fault : REPLACING_FAULTS) {
      addFault("GET", "/api/carriers", fault.kind(), 1, 0);

      Response response = asDemo().get("/api/carriers");

      assertThat(response.statusCode()).as(fault.kind()).isEqualTo(fault.status());
      if (fault.contentType() == null) {
        assertThat(response.header("Content-Type")).as(fault.kind()).isNull();
      } else {
        assertThat(response.contentType()).as(fault.kind()).startsWith(fault.contentType());
      }
      asDemo().get("/api/carriers").then().statusCode(200).body("result.error", equalTo(0));
    }
  }

  @Test
  void status500SendsErrorEnvelope() {
    addFault("GET", "/api/carriers", "status-500", 1, 0);
    asDemo()
        .get("/api/carriers")
        .then()
        .statusCode(500)
        .body("result.status", equalTo(500))
        .body("result.error", equalTo(1))
        .body("data.errors[0].message", not(empty()));
  }

  @Test
  void status503SendsErrorEnvelope() {
    addFault("GET", "/api/carriers", "status-503", 1, 0);
    asDemo()
        .get("/api/carriers")
        .then()
        .statusCode(503)
        .body("result.status", equalTo(503))
        .body("result.error", equalTo(1))
        .body("result.message", equalTo("Service Unavailable"));
  }

  @Test
  void status503EmptySendsNoBody() {
    addFault("GET", "/api/carriers", "status-503-empty", 1, 0);
    Response response = asDemo().get("/api/carriers");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.asByteArray()).isEmpty();
  }

  @Test
  void htmlFaultsSendHtmlPages() {
    addFault("GET", "/api/carriers", "status-502-html", 1, 0);
    addFault("GET", "/api/carriers", "status-504-html", 1, 0);

    Response badGateway = asDemo().get("/api/carriers");
    assertThat(badGateway.statusCode()).isEqualTo(502);
    assertThat(badGateway.contentType()).startsWith("text/html");
    assertThat(badGateway.asString()).contains("<title>502 Bad Gateway</title>");

    Response gatewayTimeout = asDemo().get("/api/carriers");
    assertThat(gatewayTimeout.statusCode()).isEqualTo(504);
    assertThat(gatewayTimeout.contentType()).startsWith("text/html");
    assertThat(gatewayTimeout.asString()).contains("<title>504 Gateway Time-out</title>");
  }

  @Test
  void errorEnvelopeFaultIsInvalidRequest() {
    addFault("GET", "/api/carriers", "error-envelope", 1, 0);
    asDemo()
        .get("/api/carriers")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(1))
        .body("result.status", equalTo(400))
        .body("data.errors[0].message", equalTo("The request could not be processed"));
  }

  @Test
  void unreadableFaultIsNotJson() {
    addFault("GET", "/api/carriers", "unreadable", 1, 0);
    Response response = asDemo().get("/api/carriers");
    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.asString();
    assertThatThrownBy(() -> new ObjectMapper().readTree(body))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void replacingFaultsDoNotApplyWrites() {
    for (ReplacingFault fault : REPLACING_FAULTS) {
      addFault("POST", "/api/sub_clients", fault.kind(), 1, 0);

      int status = asAcme().body(NEW_SUB_CLIENT).post("/api/sub_clients").statusCode();

      assertThat(status).as(fault.kind()).isEqualTo(fault.status());
      asAcme().get("/api/sub_clients").then().body("data", empty());
      asAcme().get("/api/activities_logs").then().body("data", empty());
    }
  }

  @Test
  void resetFaultClosesConnectionWithoutOrdering() throws Exception {
    addFault("POST", "/api/orders", "reset", 1, 0);
    HttpClient client = HttpClient.newHttpClient();

    assertThatThrownBy(
            () -> client.send(orderRequest("2055550123"), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);

    asDemo().get("/api/inventories").then().body("data.pagination.total_count", equalTo(2));
    given().get("/simulator/faults").then().body("", empty());
    HttpResponse<String> retry =
        client.send(orderRequest("2055550123"), HttpResponse.BodyHandlers.ofString());
    assertThat(retry.statusCode()).isEqualTo(201);
  }

  @Test
  void slowFaultAppliesWriteAndDelays() {
    addFault("POST", "/api/sub_clients", "slow", 1, 1000);

    long started = System.nanoTime();
    asAcme().body(NEW_SUB_CLIENT).post("/api/sub_clients").then().statusCode(201);
    long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();

    assertThat(elapsedMs).isGreaterThanOrEqualTo(1000);
    asAcme().get("/api/sub_clients").then().body("data.name", contains("Acme support"));
  }

  @Test
  void slowFaultWriteSurvivesClientTimeout() throws Exception {
    addFault("POST", "/api/orders", "slow", 1, 1500);
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(baseUri.resolve("/api/orders"))
            .timeout(Duration.ofMillis(300))
            .header("Authorization", basicHeader("demo", DEMO_KEY, StandardCharsets.UTF_8))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(orderOf("2055550124")))
            .build();

    assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);

    asDemo().get("/api/inventories").then().body("data.data_arr.did_number", hasItem("2055550124"));
  }

  @Test
  void delayAppliesToReplacingFault() {
    addFault("GET", "/api/carriers", "status-504-html", 1, 500);

    long started = System.nanoTime();
    asDemo().get("/api/carriers").then().statusCode(504);
    long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();

    assertThat(elapsedMs).isGreaterThanOrEqualTo(500);
  }

  @Test
  void faultCountIsConsumed() {
    addFault("GET", "/api/carriers", "status-500", 2, 0)
        .then()
        .statusCode(201)
        .body("id", equalTo(1))
        .body("method", equalTo("GET"))
        .body("path", equalTo("/api/carriers"))
        .body("kind", equalTo("status-500"))
        .body("remaining", equalTo(2))
        .body("delayMs", equalTo(0));

    asDemo().get("/api/carriers").then().statusCode(500);
    given().get("/simulator/faults").then().statusCode(200).body("remaining", contains(1));
    asDemo().get("/api/carriers").then().statusCode(500);
    given().get("/simulator/faults").then().body("", empty());
    asDemo().get("/api/carriers").then().statusCode(200);
  }

  @Test
  void faultMatchesMethodAndPath() {
    addFault("POST", "/api/carriers", "status-500", 1, 0);
    asDemo().get("/api/carriers").then().statusCode(200);
    asDemo().get("/api/sub_accounts").then().statusCode(200);
    given().get("/simulator/faults").then().body("remaining", contains(1));

    given().delete("/simulator/faults").then().statusCode(200);
    addFault(null, "/api/carriers", "status-500", 2, 0);
    asDemo().get("/api/carriers").then().statusCode(500);
    asDemo()
        .body("{\"carrier\":{\"provider_id\":1,\"account_name\":\"Backup trunk\"}}")
        .post("/api/carriers")
        .then()
        .statusCode(500);
    asDemo().get("/api/carriers").then().statusCode(200).body("data", hasSize(1));
  }

  @Test
  void faultPathPrefixAndTemplateMatch() {
    addFault("GET", "/api/inventories/*", "status-503", 1, 0);
    asDemo().get("/api/inventories").then().statusCode(200);
    asDemo().get("/api/inventories/101").then().statusCode(503);

    addFault("GET", "/api/inventories/{id}", "status-500", 1, 0);
    asDemo().get("/api/inventories").then().statusCode(200);
    asDemo().get("/api/inventories/102").then().statusCode(500);
    asDemo().get("/api/inventories/102").then().statusCode(200);
  }

  @Test
  void faultsListAndClear() {
    addFault("GET", "/api/carriers", "status-500", 3, 0);
    addFault(null, "/api/*", "slow", 1, 250);

    given()
        .get("/simulator/faults")
        .then()
        .statusCode(200)
        .body("kind", contains("status-500", "slow"))
        .body("[1].method", nullValue())
        .body("[1].path", equalTo("/api/*"))
        .body("[1].delayMs", equalTo(250));

    given().delete("/simulator/faults").then().statusCode(200);
    given().get("/simulator/faults").then().body("", empty());
    asDemo().get("/api/carriers").then().statusCode(200);
  }

  @Test
  void invalidFaultsAreRejected() {
    record Case(String body, String message) {}
    List<Case> cases =
        List.of(
            new Case("{\"path\":\"/api/carriers\",\"kind\":\"teapot\"}", "kind must be one of"),
            new Case("{\"kind\":\"status-500\"}", "path is missing"),
            new Case(
                "{\"path\":\"/carriers\",\"kind\":\"status-500\"}", "path must start with /api"),
            new Case(
                "{\"path\":\"/api/carriers\",\"kind\":\"slow\"}",
                "delayMs must be positive for the slow fault"),
            new Case(
                "{\"path\":\"/api/carriers\",\"kind\":\"status-500\",\"count\":0}",
                "count must be at least 1, got 0"),
            new Case(
                "{\"path\":\"/api/carriers\",\"kind\":\"status-500\",\"delay\":10}",
                "delay is not a known field"),
            new Case("[]", "The request body must be a JSON object"),
            new Case("", "The fault body is missing"));
    for (Case invalid : cases) {
      given()
          .contentType(ContentType.JSON)
          .body(invalid.body())
          .post("/simulator/faults")
          .then()
          .statusCode(400)
          .body("error", containsString(invalid.message()));
    }
    given().get("/simulator/faults").then().body("", empty());
  }

  @Test
  void callsCountedPerTemplate() {
    addFault("GET", "/api/inventories/102", "status-500", 1, 0);
    asDemo().get("/api/inventories/101").then().statusCode(200);
    asDemo().get("/api/inventories/101").then().statusCode(200);
    asDemo().get("/api/inventories/102").then().statusCode(500);
    asDemo().get("/api/nowhere").then().statusCode(404);
    as("demo", "wrong").get("/api/carriers").then().statusCode(401);
    asDemo().delete("/api/carriers").then().statusCode(405);

    Map<String, Integer> counts =
        given().get("/simulator/calls").then().statusCode(200).extract().path("");

    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "GET /api/inventories/{id}", 3,
                "GET /api/nowhere", 1,
                "GET /api/carriers", 1,
                "DELETE /api/carriers", 1));
  }

  @Test
  void resetClearsCallsAndFaults() {
    asDemo().get("/api/carriers").then().statusCode(200);
    addFault("GET", "/api/carriers", "status-500", 1, 0);

    given().post("/simulator/reset").then().statusCode(200);

    given().get("/simulator/calls").then().body("", anEmptyMap());
    given().get("/simulator/faults").then().body("", empty());
  }

  @Test
  void resetRestoresSeedData() {
    asDemo().body(orderOf("2055550100")).post("/api/orders").then().statusCode(201);
    asDemo().body(NEW_SUB_CLIENT).post("/api/sub_clients").then().statusCode(201);
    asDemo().delete("/api/inventories/102/remove_call_forward.json").then().statusCode(200);

    given().post("/simulator/reset").then().statusCode(200).body("", anEmptyMap());

    asDemo().get("/api/inventories").then().body("data.pagination.total_count", equalTo(2));
    asDemo().get("/api/inventories/102").then().body("data.forward_number", equalTo("12125550150"));
    asDemo().get("/api/sub_clients").then().body("data.id", contains(1));
    asDemo().get("/api/activities_logs").then().body("data", hasSize(3));
    asDemo()
        .body(orderOf("2055550100"))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("data.order_id", equalTo(9001));
    asDemo().get("/api/inventories").then().body("data.data_arr[2].id", equalTo(103));
  }

  @Test
  void rotateKeyRejectsOldKey() {
    given()
        .post("/simulator/accounts/demo/rotate-key")
        .then()
        .statusCode(200)
        .body("", anEmptyMap());

    asDemo().get("/api/carriers").then().statusCode(401);
    String newKey =
        given()
            .contentType(ContentType.JSON)
            .body("{\"login\":\"demo\",\"password\":\"demo-password\"}")
            .post("/api/login")
            .then()
            .statusCode(200)
            .body("data[0].api_key", matchesPattern("[0-9a-f]{40}"))
            .extract()
            .path("data[0].api_key");
    assertThat(newKey).isNotEqualTo(DEMO_KEY);
    as("demo", newKey).get("/api/carriers").then().statusCode(200);
    asGlobex().get("/api/carriers").then().statusCode(200);

    given().post("/simulator/reset").then().statusCode(200);
    asDemo().get("/api/carriers").then().statusCode(200);
    as("demo", newKey).get("/api/carriers").then().statusCode(401);
  }

  @Test
  void rotateKeyUnknownAccountGets404() {
    given()
        .post("/simulator/accounts/nobody/rotate-key")
        .then()
        .statusCode(404)
        .body("error", equalTo("Account nobody not found"));
  }

  @Test
  void controlRoutingErrors() {
    given()
        .get("/simulator/nowhere")
        .then()
        .statusCode(404)
        .body("error", startsWith("No control endpoint matches"));
    given().get("/simulator/reset").then().statusCode(405);
    given().get("/simulator/accounts/demo/rotate-key").then().statusCode(405);
    given().put("/simulator/faults").then().statusCode(405);
  }

  @Test
  void controlCallsAreNotCounted() {
    given().get("/simulator/faults").then().statusCode(200);
    given().get("/simulator/calls").then().statusCode(200).body("", anEmptyMap());
  }

  private static Response addFault(
      String method, String path, String kind, int count, long delayMs) {
    StringBuilder body = new StringBuilder("{");
    if (method != null) {
      body.append("\"method\":\"").append(method).append("\",");
    }
    body.append("\"path\":\"").append(path).append("\",");
    body.append("\"kind\":\"").append(kind).append("\",");
    body.append("\"count\":").append(count).append(',');
    body.append("\"delayMs\":").append(delayMs).append('}');
    Response response =
        given().contentType(ContentType.JSON).body(body.toString()).post("/simulator/faults");
    response.then().statusCode(201);
    return response;
  }

  private HttpRequest orderRequest(String didNumber) {
    return HttpRequest.newBuilder(baseUri.resolve("/api/orders"))
        .header("Authorization", basicHeader("demo", DEMO_KEY, StandardCharsets.UTF_8))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(orderOf(didNumber)))
        .build();
  }
}
