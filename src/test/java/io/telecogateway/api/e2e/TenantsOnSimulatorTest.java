package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tenants on the simulator: caller keys, Teleco credentials and isolation between accounts. */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class TenantsOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void passwordTenantLogsInOnce() {
    as(SimulatorGatewayProfile.DEMO_LOGIN_CALLER_KEY)
        .get("/v1/sub-clients")
        .then()
        .statusCode(200)
        .body("items.name", contains("Demo support"));
    as(SimulatorGatewayProfile.DEMO_LOGIN_CALLER_KEY).get("/v1/carriers").then().statusCode(200);

    // The first call logs in, and the second reuses the api key that the login returned.
    assertThat(upstreamCalls())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("POST /api/login", 1, "GET /api/sub_clients", 1, "GET /api/carriers", 1));
  }

  @Test
  void passwordTenantLogsInAgainAfterKeyRotation() {
    // Whatever api key the gateway had for globex before, it uses the seed key after this call.
    asGlobex()
        .get("/v1/sub-clients")
        .then()
        .statusCode(200)
        .body("items.name", contains("Globex billing"))
        .body("items[0].enabled", equalTo(false));
    given().post("/simulator/reset").then().statusCode(200);
    given().post("/simulator/accounts/globex/rotate-key").then().statusCode(200);

    asGlobex().get("/v1/carriers").then().statusCode(200);

    // The call rejected with the old key, one login, and the same call again with the new key.
    assertThat(upstreamCalls())
        .containsExactlyInAnyOrderEntriesOf(Map.of("POST /api/login", 1, "GET /api/carriers", 2));
  }

  @Test
  void keyWithColonAndNonAsciiAccepted() {
    asAcme().get("/v1/carriers").then().statusCode(200).body("items[0].id", equalTo("1"));
    asAcme().get("/v1/sub-clients").then().statusCode(200).body("items", empty());
  }

  @Test
  void tenantsSeeOnlyTheirAccount() {
    asDemo().get("/v1/numbers").then().body("page.totalItems", equalTo(2));
    asGlobex().get("/v1/numbers").then().body("page.totalItems", equalTo(0));
  }

  @Test
  void unknownCallerKeyRejected() {
    as("not-a-caller-key")
        .get("/v1/carriers")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .header("X-Request-Id", notNullValue())
        .body("code", equalTo("unauthorized"));

    assertThat(upstreamCalls()).isEmpty();
  }

  @Test
  void missingCallerKeyRejected() {
    given()
        .get("/v1/numbers")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("code", equalTo("unauthorized"));

    assertThat(upstreamCalls()).isEmpty();
  }
}
