package io.telecogateway.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class CarriersOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void getCarriersListsSeedCarrier() {
    asDemo()
        .get("/v1/carriers")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo("1"))
        .body("items[0].accountName", equalTo("Main SIP trunk"))
        .body("items[0].provider", equalTo("Northwind Telecom"))
        .body("items[0].enabled", equalTo(true))
        .body("items[0].primary", equalTo(true));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("GET /api/carriers", 1));
  }

  @Test
  void postCarriersNeverEchoesSecrets() {
    String body =
        asDemo()
            .body(
                "{\"providerId\":\"2\",\"accountName\":\"Backup trunk\",\"username\":\"trunk-user\","
                    + "\"password\":\"trunk-secret\",\"apiToken\":\"token-secret\","
                    + "\"enabled\":true,\"primary\":false}")
            .post("/v1/carriers")
            .then()
            .statusCode(201)
            .body("id", equalTo("2"))
            .body("accountName", equalTo("Backup trunk"))
            .body("provider", equalTo("Contoso Voice"))
            .body("enabled", equalTo(true))
            .body("primary", equalTo(false))
            .extract()
            .asString();

    assertThat(body).doesNotContain("trunk-secret").doesNotContain("token-secret");
    asDemo()
        .get("/v1/carriers")
        .then()
        .body("items.accountName", contains("Main SIP trunk", "Backup trunk"))
        .body(not(containsString("secret")));
    assertThat(upstreamCalls())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("POST /api/carriers", 1, "GET /api/carriers", 1));
  }

  @Test
  void postCarriersUnknownProviderRejected() {
    asDemo()
        .body("{\"providerId\":99,\"accountName\":\"Backup trunk\"}")
        .post("/v1/carriers")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("upstream_rejected"));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("POST /api/carriers", 1));
  }

  @Test
  void postCarriersMissingFieldsNotSent() {
    asDemo()
        .body("{\"password\":\"trunk-secret\"}")
        .post("/v1/carriers")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("errors.field", contains("accountName", "providerId"))
        .body(not(containsString("trunk-secret")));

    assertThat(upstreamCalls()).isEmpty();
  }
}
