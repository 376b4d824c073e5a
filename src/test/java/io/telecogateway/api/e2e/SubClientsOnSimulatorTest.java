package io.telecogateway.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sub-client endpoints on the simulator. The demo account starts with sub client 1. */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class SubClientsOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void getSubClientsListsSeed() {
    asDemo()
        .get("/v1/sub-clients")
        .then()
        .statusCode(200)
        .body("items.id", contains("1"))
        .body("items[0].name", equalTo("Demo support"))
        .body("items[0].email", equalTo("support@demo.example"))
        .body("items[0].username", equalTo("demo-support"))
        .body("items[0].enabled", equalTo(true));
  }

  @Test
  void createReadUpdateDeleteSubClient() {
    String location =
        asDemo()
            .body("{\"name\":\"Acme support\",\"email\":\"support@acme.test\"}")
            .post("/v1/sub-clients")
            .then()
            .statusCode(201)
            .header("Location", endsWith("/v1/sub-clients/3"))
            .body("id", equalTo("3"))
            .body("username", equalTo("support"))
            .body("enabled", equalTo(true))
            .extract()
            .header("Location");

    asDemo().get(location).then().statusCode(200).body("name", equalTo("Acme support"));

    asDemo()
        .body("{\"name\":\"Acme billing\",\"email\":\"billing@acme.test\",\"enabled\":false}")
        .put("/v1/sub-clients/3")
        .then()
        .statusCode(200)
        .body("id", equalTo("3"))
        .body("name", equalTo("Acme billing"))
        .body("email", equalTo("billing@acme.test"))
        .body("username", equalTo("billing"))
        .body("enabled", equalTo(false));

    asDemo().delete("/v1/sub-clients/3").then().statusCode(204);

    asDemo().get("/v1/sub-clients/3").then().statusCode(404).body("code", equalTo("not_found"));
    assertThat(upstreamCalls())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "POST /api/sub_clients", 1,
                "GET /api/sub_clients/{id}", 2,
                "PUT /api/sub_clients/{id}", 1,
                "DELETE /api/sub_clients/{id}", 1));
  }

  @Test
  void postSubClientReturnsLocation() {
    asDemo()
        .body(
            "{\"name\":\"Acme support\",\"email\":\"support@acme.test\","
                + "\"username\":\"acme-desk\",\"enabled\":false}")
        .post("/v1/sub-clients")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/v1/sub-clients/3"))
        .body("id", equalTo("3"))
        .body("name", equalTo("Acme support"))
        .body("username", equalTo("acme-desk"))
        .body("enabled", equalTo(false));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("POST /api/sub_clients", 1));
  }

  @Test
  void putSubClientReplacesWholeRecord() {
    // Username and enabled are left out, so the provider's defaults replace the seed values.
    asDemo()
        .body("{\"name\":\"Demo help desk\",\"email\":\"desk@demo.example\"}")
        .put("/v1/sub-clients/1")
        .then()
        .statusCode(200)
        .body("id", equalTo("1"))
        .body("name", equalTo("Demo help desk"))
        .body("email", equalTo("desk@demo.example"))
        .body("username", equalTo("desk"))
        .body("enabled", equalTo(true));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("PUT /api/sub_clients/{id}", 1));
  }

  @Test
  void deleteSubClientRemovesSeed() {
    asDemo().delete("/v1/sub-clients/1").then().statusCode(204).body(equalTo(""));

    asDemo().get("/v1/sub-clients").then().statusCode(200).body("items", empty());
    assertThat(upstreamCalls())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("DELETE /api/sub_clients/{id}", 1, "GET /api/sub_clients", 1));
  }

  @Test
  void getSubClientShowsSeed() {
    asDemo()
        .get("/v1/sub-clients/1")
        .then()
        .statusCode(200)
        .body("id", equalTo("1"))
        .body("name", equalTo("Demo support"));
  }

  @Test
  void putSubClientRequiresWholeRecord() {
    asDemo()
        .body("{\"enabled\":false}")
        .put("/v1/sub-clients/1")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("errors.field", contains("email", "name"));

    assertThat(upstreamCalls()).isEmpty();
  }

  @Test
  void putSubClientUnknownId() {
    asDemo()
        .body("{\"name\":\"Nobody\",\"email\":\"nobody@acme.test\"}")
        .put("/v1/sub-clients/999")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void deleteSubClientUnknownId() {
    asDemo()
        .delete("/v1/sub-clients/999")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("DELETE /api/sub_clients/{id}", 1));
  }

  @Test
  void postSubClientInvalidEmailNotSent() {
    asDemo()
        .body("{\"name\":\"Acme\",\"email\":\"not-an-email\"}")
        .post("/v1/sub-clients")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("email"))
        .body("detail", containsString("'not-an-email'"));

    assertThat(upstreamCalls()).isEmpty();
  }
}
