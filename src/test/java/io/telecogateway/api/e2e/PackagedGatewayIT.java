package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway (the fast-jar, or the native executable with {@code -Dnative}) started as a
 * separate process in the prod profile, with the embedded simulator and the tenants of {@link
 * PackagedGatewayProfile} passed as system properties. These tests reach it only over HTTP, so they
 * run unchanged against both packagings. A class or resource missing from the native executable
 * shows up here as a failed request.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedGatewayProfile.class)
class PackagedGatewayIT extends SimulatorGatewayTest {

  @Test
  void searchOrderRouteForwardAndReadBack() {
    JsonPath found =
        asDemo()
            .queryParam("state", "al")
            .queryParam("rateCenter", "BIRMINGHAM")
            .queryParam("prefix", "205")
            .get("/v1/providers/1/available-numbers")
            .then()
            .statusCode(200)
            .header("X-Request-Id", not(emptyString()))
            .body("items.number", everyItem(startsWith("+1205")))
            .body("items.rateCenter", everyItem(equalTo("BIRMINGHAM")))
            .extract()
            .jsonPath();
    String number = found.getString("items[0].number");
    String tierType = found.getString("items[0].tierType");

    asDemo()
        .header("Idempotency-Key", "packaged-order-1")
        .body(
            Map.of(
                "numbers",
                new Object[] {Map.of("number", number, "providerId", "1", "tierType", tierType)}))
        .post("/v1/orders")
        .then()
        .statusCode(201)
        .body("numbers[0].number", equalTo(number))
        .body("numbers[0].status", equalTo("ordered"));

    // The simulator's demo account starts with numbers 101 and 102, so the new one is 103.
    asDemo()
        .get("/v1/numbers")
        .then()
        .statusCode(200)
        .body("items.number", hasItem(number))
        .body("items.find { it.number == '" + number + "' }.id", equalTo("103"));

    asDemo()
        .body(
            Map.of(
                "routes",
                new Object[] {
                  Map.of("number", number, "providerId", "1", "carrierId", "1", "subaccountId", "1")
                }))
        .post("/v1/routes")
        .then()
        .statusCode(200)
        .body("routes[0].number", equalTo(number))
        .body("routes[0].status", equalTo("routed"));

    asDemo()
        .body(Map.of("forwardTo", "205.555.0177"))
        .put("/v1/numbers/103/call-forward")
        .then()
        .statusCode(200)
        .body("forwardTo", equalTo("+12055550177"));

    asDemo()
        .get("/v1/numbers/103")
        .then()
        .statusCode(200)
        .body("id", equalTo("103"))
        .body("number", equalTo(number))
        .body("carrierId", equalTo("1"))
        .body("subaccountId", equalTo("1"))
        .body("forwardTo", equalTo("+12055550177"));

    assertThat(upstreamCalls())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "POST /api/providers/{provider_id}/search", 1,
                "POST /api/orders", 1,
                "GET /api/inventories", 1,
                "POST /api/route_numbers", 1,
                "POST /api/inventories/{inventory_id}/call_forward", 1,
                "GET /api/inventories/{id}", 1));
  }

  @Test
  void repeatedOrderKeyIsReplayed() {
    String body = "{\"numbers\":[{\"number\":\"2055550100\",\"providerId\":1,\"tierType\":1121}]}";
    String first =
        asDemo()
            .header("Idempotency-Key", "packaged-replay-1")
            .body(body)
            .post("/v1/orders")
            .then()
            .statusCode(201)
            .extract()
            .asString();

    asDemo()
        .header("Idempotency-Key", "packaged-replay-1")
        .body(body)
        .post("/v1/orders")
        .then()
        .statusCode(201)
        .header("Idempotency-Replayed", "true")
        .body(equalTo(first));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("POST /api/orders", 1));
  }

  @Test
  void invalidForwardToIsProblem() {
    asDemo()
        .body(Map.of("forwardTo", "+1 123 123 12321"))
        .put("/v1/numbers/101/call-forward")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .header("X-Request-Id", not(emptyString()))
        .body("code", equalTo("invalid_phone_number"))
        .body("status", equalTo(400))
        .body("errors[0].field", equalTo("forwardTo"));

    assertThat(upstreamCalls()).isEmpty();
  }

  @Test
  void unknownCallerKeyIsUnauthorized() {
    as("not-a-configured-key")
        .get("/v1/numbers")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("code", equalTo("unauthorized"))
        .body("errors", nullValue());
  }

  @Test
  void healthProbesAreUp() {
    for (String probe : new String[] {"live", "ready", "started"}) {
      given().get("/q/health/" + probe).then().statusCode(200).body("status", equalTo("UP"));
    }
  }
}
