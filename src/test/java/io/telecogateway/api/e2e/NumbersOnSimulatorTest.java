package io.telecogateway.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The number endpoints on the simulator: search, order, inventory, routing and call forwarding. The
 * demo account starts with number 101 (2055550198) and number 102 (2055550199), which is routed to
 * carrier 1 and subaccount 1 and forwarded to 12125550150. The next inventory id is 103.
 */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class NumbersOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void searchOrderRouteAndForwardNumber() {
    JsonPath found =
        asDemo()
            .queryParam("prefix", "205555")
            .get("/v1/providers/1/available-numbers")
            .then()
            .statusCode(200)
            .body("items.number", everyItem(startsWith("+1205555")))
            .extract()
            .jsonPath();
    String number = found.getString("items[0].number");
    String tierType = found.getString("items[0].tierType");

    asDemo()
        .body(
            Map.of(
                "numbers",
                new Object[] {Map.of("number", number, "providerId", 1, "tierType", tierType)}))
        .post("/v1/orders")
        .then()
        .statusCode(201)
        .body("numbers[0].number", equalTo(number))
        .body("numbers[0].status", equalTo("ordered"));

    asDemo()
        .get("/v1/numbers")
        .then()
        .statusCode(200)
        .body("items.number", contains("+12055550198", "+12055550199", number))
        .body("page.totalItems", equalTo(3));

    asDemo()
        .get("/v1/numbers/103")
        .then()
        .statusCode(200)
        .body("number", equalTo(number))
        .body("carrierId", nullValue())
        .body("forwardTo", nullValue());

    asDemo()
        .body(
            Map.of(
                "routes",
                new Object[] {
                  Map.of("number", number, "providerId", "1", "carrierId", 1, "subaccountId", 2)
                }))
        .post("/v1/routes")
        .then()
        .statusCode(200)
        .body("routes[0].number", equalTo(number))
        .body("routes[0].status", equalTo("routed"));

    asDemo()
        .body(Map.of("forwardTo", "(212) 555-0151"))
        .put("/v1/numbers/103/call-forward")
        .then()
        .statusCode(200)
        .body("forwardTo", equalTo("+12125550151"))
        .body("carrierId", equalTo("1"))
        .body("subaccountId", equalTo("2"));

    asDemo().delete("/v1/numbers/103/call-forward").then().statusCode(204);

    asDemo().get("/v1/numbers/103").then().statusCode(200).body("forwardTo", nullValue());

    assertThat(upstreamCalls())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "POST /api/providers/{provider_id}/search", 1,
                "POST /api/orders", 1,
                "GET /api/inventories", 1,
                "GET /api/inventories/{id}", 2,
                "POST /api/route_numbers", 1,
                "POST /api/inventories/{inventory_id}/call_forward", 1,
                "DELETE /api/inventories/{inventory_id}/remove_call_forward.json", 1));
  }

  @Test
  void getAvailableNumbersByPrefix() {
    asDemo()
        .queryParam("prefix", "205")
        .get("/v1/providers/1/available-numbers")
        .then()
        .statusCode(200)
        .body("items", hasSize(50))
        .body("items.number", everyItem(matchesRegex("\\+120555501[0-9]{2}")))
        .body("items[0].number", equalTo("+12055550100"))
        .body("items[0].state", equalTo("AL"))
        .body("items[0].rateCenter", equalTo("BIRMINGHAM"))
        .body("items[0].providerId", equalTo("1"))
        .body("items[0].tierType", equalTo("1121"));
  }

  @Test
  void getAvailableNumbersByStateAndRateCenter() {
    asDemo()
        .queryParam("state", "ny")
        .queryParam("rateCenter", "BUFFALO")
        .get("/v1/providers/1/available-numbers")
        .then()
        .statusCode(200)
        .body("items.number", everyItem(startsWith("+1716")))
        .body("items.rateCenter", everyItem(equalTo("BUFFALO")));
  }

  @Test
  void getAvailableNumbersTollFree() {
    asDemo()
        .queryParam("type", "tollfree")
        .get("/v1/providers/1/available-numbers")
        .then()
        .statusCode(200)
        .body("items.number", everyItem(startsWith("+1800")))
        .body("items[0].tierType", equalTo("1131"));
  }

  @Test
  void getAvailableNumbersUnknownProvider() {
    asDemo()
        .get("/v1/providers/99/available-numbers")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("not_found"));

    assertThat(upstreamCalls())
        .containsExactlyEntriesOf(Map.of("POST /api/providers/{provider_id}/search", 1));
  }

  @Test
  void postOrdersReturnsOrderId() {
    asDemo()
        .body(
            "{\"numbers\":[{\"number\":\"205-555-0100\",\"providerId\":\"1\",\"tierType\":1121,"
                + "\"didType\":\"fax\",\"quantity\":1}]}")
        .post("/v1/orders")
        .then()
        .statusCode(201)
        .body("orderId", equalTo("9001"))
        .body("numbers[0].number", equalTo("+12055550100"))
        .body("numbers[0].status", equalTo("ordered"));

    asDemo().get("/v1/numbers/103").then().statusCode(200).body("didType", equalTo("fax"));
  }

  @Test
  void postOrdersTakenNumberRejected() {
    asDemo()
        .body("{\"numbers\":[{\"number\":\"+12055550199\",\"providerId\":1,\"tierType\":1121}]}")
        .post("/v1/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("upstream_rejected"))
        .body("errors[0].message", containsString("2055550199"));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("POST /api/orders", 1));
  }

  @Test
  void getNumbersPaginates() {
    asDemo()
        .queryParam("page", 2)
        .queryParam("pageSize", 1)
        .get("/v1/numbers")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo("102"))
        .body("page.number", equalTo(2))
        .body("page.size", equalTo(1))
        .body("page.totalPages", equalTo(2))
        .body("page.totalItems", equalTo(2));
  }

  @Test
  void getNumbersDefaultPage() {
    asDemo()
        .get("/v1/numbers")
        .then()
        .statusCode(200)
        .body("items.id", contains("101", "102"))
        .body("page.number", equalTo(1))
        .body("page.size", equalTo(50))
        .body("page.totalPages", equalTo(1));
  }

  @Test
  void getNumberShowsSeededForward() {
    asDemo()
        .get("/v1/numbers/102")
        .then()
        .statusCode(200)
        .body("id", equalTo("102"))
        .body("number", equalTo("+12055550199"))
        .body("state", equalTo("AL"))
        .body("rateCenter", equalTo("BIRMINGHAM"))
        .body("providerId", equalTo("1"))
        .body("carrierId", equalTo("1"))
        .body("subaccountId", equalTo("1"))
        .body("didType", equalTo("voice"))
        .body("forwardTo", equalTo("+12125550150"))
        .body("createdAt", equalTo("2026-01-06T10:15:00Z"));
  }

  @Test
  void getNumberUnknownId() {
    asDemo()
        .get("/v1/numbers/999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("not_found"));
  }

  @Test
  void postRoutesNumberNotOwnedRejected() {
    asDemo()
        .body(
            "{\"routes\":[{\"number\":\"2055550100\",\"providerId\":1,\"carrierId\":1,"
                + "\"subaccountId\":1}]}")
        .post("/v1/routes")
        .then()
        .statusCode(400)
        .body("code", equalTo("upstream_rejected"));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("POST /api/route_numbers", 1));
  }

  @Test
  void postRoutesRoutesSeededNumber() {
    asDemo()
        .body(
            "{\"routes\":[{\"number\":\"205.555.0198\",\"providerId\":1,\"carrierId\":\"1\","
                + "\"subaccountId\":\"2\"}]}")
        .post("/v1/routes")
        .then()
        .statusCode(200)
        .body("routes[0].number", equalTo("+12055550198"))
        .body("routes[0].status", equalTo("routed"));

    asDemo()
        .get("/v1/numbers/101")
        .then()
        .body("carrierId", equalTo("1"))
        .body("subaccountId", equalTo("2"));
  }

  @Test
  void putCallForwardSendsElevenDigits() {
    asDemo()
        .body("{\"forwardTo\":\"+1 415 555 0101\"}")
        .put("/v1/numbers/101/call-forward")
        .then()
        .statusCode(200)
        .body("id", equalTo("101"))
        .body("forwardTo", equalTo("+14155550101"));

    asDemo()
        .get("/v1/activity-logs")
        .then()
        .body("items[0].description", containsString("14155550101"));
  }

  @Test
  void putCallForwardInvalidNumberNotSent() {
    asDemo()
        .body("{\"forwardTo\":\"+1 123 123 12321\"}")
        .put("/v1/numbers/101/call-forward")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_phone_number"))
        .body("detail", equalTo("forwardTo '+1 123 123 12321' is not a valid NANP number"));

    assertThat(upstreamCalls()).isEmpty();
  }

  @Test
  void putCallForwardUnknownNumber() {
    asDemo()
        .body("{\"forwardTo\":\"2125550150\"}")
        .put("/v1/numbers/999/call-forward")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void deleteCallForwardRemovesSeededForward() {
    asDemo().delete("/v1/numbers/102/call-forward").then().statusCode(204).body(equalTo(""));

    asDemo().get("/v1/numbers/102").then().body("forwardTo", nullValue());
    assertThat(upstreamCalls())
        .containsEntry("DELETE /api/inventories/{inventory_id}/remove_call_forward.json", 1);
  }

  @Test
  void deleteCallForwardUnknownNumber() {
    asDemo()
        .delete("/v1/numbers/999/call-forward")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"))
        .body("requestId", not(nullValue()));
  }
}
