package io.telecogateway.simulator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inventory, routing and call forwarding (calls 4, 11 and 13 to 17). */
@QuarkusTest
@TestProfile(SimulatorEnabledProfile.class)
class SimulatorInventoryTest extends SimulatorTestSupport {

  @Test
  void inventoryListsSeededNumbers() {
    asDemo()
        .get("/api/inventories")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Inventory List"))
        .body("data.pagination.current_page", equalTo(1))
        .body("data.pagination.total_pages", equalTo(1))
        .body("data.pagination.total_count", equalTo(2))
        .body("data.data_arr.id", contains(101, 102))
        .body("data.data_arr.did_number", contains("2055550198", "2055550199"))
        .body("data.data_arr[1].carrier_id", equalTo(1))
        .body("data.data_arr[1].subaccount_id", equalTo(1))
        .body("data.data_arr[1].forward_number", equalTo("12125550150"))
        .body("data.data_arr[1].created_at", equalTo("2026-01-06T10:15:00.000Z"));
  }

  @Test
  void inventoryPaginates() {
    asDemo()
        .queryParam("page", "2")
        .queryParam("per_page", "1")
        .get("/api/inventories")
        .then()
        .statusCode(200)
        .body("data.pagination.current_page", equalTo(2))
        .body("data.pagination.total_pages", equalTo(2))
        .body("data.pagination.total_count", equalTo(2))
        .body("data.data_arr.id", contains(102));
    asDemo()
        .queryParam("page", "3")
        .queryParam("per_page", "1")
        .get("/api/inventories")
        .then()
        .statusCode(200)
        .body("data.pagination.current_page", equalTo(3))
        .body("data.data_arr", empty());
    asDemo()
        .queryParam("per_page", "500")
        .get("/api/inventories")
        .then()
        .statusCode(200)
        .body("data.data_arr", hasSize(2));
  }

  @Test
  void inventoryEmptyHasZeroPages() {
    asAcme()
        .get("/api/inventories")
        .then()
        .statusCode(200)
        .body("data.pagination.total_pages", equalTo(0))
        .body("data.pagination.total_count", equalTo(0))
        .body("data.data_arr", empty());
  }

  @Test
  void inventoryInvalidPageParameters() {
    record Case(String name, String value, String message) {}
    List<Case> cases =
        List.of(
            new Case("page", "0", "page must be an integer from 1, got \"0\""),
            new Case("page", "-1", "page must be an integer from 1, got \"-1\""),
            new Case("page", "one", "page must be an integer from 1, got \"one\""),
            new Case("per_page", "0", "per_page must be an integer from 1 to 500, got \"0\""),
            new Case("per_page", "501", "per_page must be an integer from 1 to 500, got \"501\""),
            new Case("per_page", "", "per_page must be an integer from 1 to 500, got \"\""));
    for (Case invalid : cases) {
      asDemo()
          .queryParam(invalid.name(), invalid.value())
          .get("/api/inventories")
          .then()
          .statusCode(200)
          .body("result.error", equalTo(1))
          .body("result.status", equalTo(400))
          .body("data.errors.message", contains(invalid.message()));
    }
    asDemo()
        .queryParam("page", "1", "2")
        .get("/api/inventories")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body("data.errors.message", contains("page must be given once, got [1, 2]"));
  }

  @Test
  void inventoryWithoutCredentialsGets401() {
    as("acme", "wrong").get("/api/inventories").then().statusCode(401);
  }

  @Test
  void showInventoryReturnsItem() {
    asDemo()
        .get("/api/inventories/102")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Inventory Detail"))
        .body("data.id", equalTo(102))
        .body("data.did_number", equalTo("2055550199"))
        .body("data.state", equalTo("AL"))
        .body("data.rate_center", equalTo("BIRMINGHAM"))
        .body("data.provider_id", equalTo(1))
        .body("data.carrier_id", equalTo(1))
        .body("data.subaccount_id", equalTo(1))
        .body("data.did_type", equalTo("voice"))
        .body("data.forward_number", equalTo("12125550150"));
  }

  @Test
  void showInventoryUnknownIdGets404() {
    asDemo()
        .get("/api/inventories/999")
        .then()
        .statusCode(404)
        .body("result.status", equalTo(404))
        .body("result.error", equalTo(1))
        .body("data.errors[0].message", equalTo("Inventory 999 not found"));
    asDemo().get("/api/inventories/abc").then().statusCode(404);
  }

  @Test
  void showInventoryOfOtherAccountGets404() {
    asAcme().get("/api/inventories/101").then().statusCode(404);
    asGlobex().get("/api/inventories/102").then().statusCode(404);
  }

  @Test
  void routeNumberSetsCarrierAndSubaccount() {
    asDemo()
        .body(
            "{\"numbers\":{\"0\":{\"did_number\":\"2055550198\",\"provider_id\":1,"
                + "\"carrier_id\":1,\"subaccount\":2}}}")
        .post("/api/route_numbers")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Numbers Routed"))
        .body("data.numbers[0].did_number", equalTo("2055550198"))
        .body("data.numbers[0].status", equalTo("routed"));

    asDemo()
        .get("/api/inventories/101")
        .then()
        .body("data.carrier_id", equalTo(1))
        .body("data.subaccount_id", equalTo(2));
    asDemo()
        .get("/api/activities_logs")
        .then()
        .body("data[0].description", equalTo("Routed 2055550198 to carrier 1 and sub account 2"));
  }

  @Test
  void routeInvalidLinesRouteNothing() {
    String body =
        "{\"numbers\":{"
            + "\"0\":{\"did_number\":\"2055550198\",\"provider_id\":1,\"carrier_id\":1,"
            + "\"subaccount\":1},"
            + "\"1\":{\"did_number\":\"2055550100\",\"provider_id\":1,\"carrier_id\":9,"
            + "\"subaccount\":7}}}";
    asDemo()
        .body(body)
        .post("/api/route_numbers")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(1))
        .body("result.status", equalTo(400))
        .body(
            "data.errors.message",
            contains(
                "numbers.1.did_number 2055550100 is not in the inventory of this account",
                "numbers.1.carrier_id 9 is not a carrier of this account",
                "numbers.1.subaccount 7 is not a sub account of this account"));

    asDemo()
        .get("/api/inventories/101")
        .then()
        .body("data.carrier_id", nullValue())
        .body("data.subaccount_id", nullValue());
  }

  @Test
  void routeMalformedRequestsNameField() {
    record Case(String body, String message) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"numbers\":{\"0\":{\"did_number\":\"2055550198\",\"provider_id\":2,"
                    + "\"carrier_id\":1,\"subaccount\":1}}}",
                "numbers.0.provider_id 2 does not match 2055550198, which comes from provider 1"),
            new Case(
                "{\"numbers\":{\"0\":{\"did_number\":\"2055550198\",\"provider_id\":1,"
                    + "\"carrier_id\":1,\"subaccount_id\":1}}}",
                "numbers.0.subaccount is missing"),
            new Case(
                "{\"numbers\":[{\"did_number\":\"2055550198\",\"provider_id\":1,"
                    + "\"carrier_id\":1,\"subaccount\":1}]}",
                "numbers must be a JSON object keyed \"0\", \"1\", …, got"));
    for (Case invalid : cases) {
      asDemo()
          .body(invalid.body())
          .post("/api/route_numbers")
          .then()
          .statusCode(200)
          .body("result.status", equalTo(400))
          .body("data.errors[0].message", startsWith(invalid.message()));
    }
  }

  @Test
  void routeOtherAccountsNumberIsRejected() {
    asGlobex()
        .body(
            "{\"numbers\":{\"0\":{\"did_number\":\"2055550198\",\"provider_id\":1,"
                + "\"carrier_id\":1,\"subaccount\":1}}}")
        .post("/api/route_numbers")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400));
  }

  @Test
  void routeWithoutCredentialsGets401() {
    as("demo", "").post("/api/route_numbers").then().statusCode(401);
  }

  @Test
  void callForwardSetsForwardNumber() {
    asDemo()
        .body("{\"call_forward\":{\"forward_number\":\"12055550199\"}}")
        .post("/api/inventories/101/call_forward")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Call Forward Set"))
        .body("data.id", equalTo(101))
        .body("data.did_number", equalTo("2055550198"))
        .body("data.forward_number", equalTo("12055550199"));

    asDemo().get("/api/inventories/101").then().body("data.forward_number", equalTo("12055550199"));
    asDemo()
        .get("/api/activities_logs")
        .then()
        .body("data[0].description", equalTo("Set call forward on 2055550198 to 12055550199"));
  }

  @Test
  void callForwardInvalidNumberIsRejected() {
    List<String> invalidNumbers =
        List.of("2055550199", "22055550199", "120555501990", "1205555019x");
    for (String number : invalidNumbers) {
      asDemo()
          .body("{\"call_forward\":{\"forward_number\":\"" + number + "\"}}")
          .post("/api/inventories/101/call_forward")
          .then()
          .statusCode(200)
          .body("result.error", equalTo(1))
          .body("result.status", equalTo(400))
          .body(
              "data.errors.message",
              contains(
                  "call_forward.forward_number must be 11 digits starting with 1, such as"
                      + " \"12055550199\", got \""
                      + number
                      + "\""));
    }
    asDemo()
        .body("{\"forward_number\":\"12055550199\"}")
        .post("/api/inventories/101/call_forward")
        .then()
        .statusCode(200)
        .body(
            "data.errors.message",
            contains("call_forward is missing", "forward_number is not a known field"));
    asDemo().get("/api/inventories/101").then().body("data.forward_number", nullValue());
  }

  @Test
  void callForwardUnknownIdGets404() {
    asDemo()
        .body("{\"call_forward\":{\"forward_number\":\"12055550199\"}}")
        .post("/api/inventories/999/call_forward")
        .then()
        .statusCode(404)
        .body("data.errors[0].message", equalTo("Inventory 999 not found"));
    asGlobex()
        .body("{\"call_forward\":{\"forward_number\":\"12055550199\"}}")
        .post("/api/inventories/101/call_forward")
        .then()
        .statusCode(404);
    asDemo().get("/api/inventories/101").then().body("data.forward_number", nullValue());
  }

  @Test
  void callForwardWithoutCredentialsGets401() {
    as("demo", "wrong")
        .body("{\"call_forward\":{\"forward_number\":\"12055550199\"}}")
        .post("/api/inventories/101/call_forward")
        .then()
        .statusCode(401);
  }

  @Test
  void removeCallForwardClearsForward() {
    asDemo()
        .delete("/api/inventories/102/remove_call_forward.json")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Call Forward Removed"))
        .body("data.id", equalTo(102))
        .body("data.forward_number", nullValue())
        .body("data.carrier_id", equalTo(1));
    asDemo()
        .delete("/api/inventories/102/remove_call_forward.json")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(0))
        .body("data.forward_number", nullValue());
    asDemo()
        .get("/api/activities_logs")
        .then()
        .body("data[0].description", equalTo("Removed call forward on 2055550199"))
        .body("data[1].description", equalTo("Removed call forward on 2055550199"));
  }

  @Test
  void removeCallForwardUnknownIdGets404() {
    asDemo()
        .delete("/api/inventories/999/remove_call_forward.json")
        .then()
        .statusCode(404)
        .body("result.status", equalTo(404));
    asAcme().delete("/api/inventories/102/remove_call_forward.json").then().statusCode(404);
    asDemo().get("/api/inventories/102").then().body("data.forward_number", equalTo("12125550150"));
  }

  @Test
  void removeCallForwardWithoutCredentialsGets401() {
    as("demo", "wrong")
        .delete("/api/inventories/102/remove_call_forward.json")
        .then()
        .statusCode(401);
  }

  @Test
  void multipleCallForwardReportsEachItem() {
    String body =
        "{\"call_forward_numbers\":["
            + "{\"inventory_id\":101,\"inventory_number\":\"2055550198\","
            + "\"forward_number\":\"12055550111\"},"
            + "{\"inventory_id\":999,\"inventory_number\":\"2055550198\","
            + "\"forward_number\":\"12055550111\"},"
            + "{\"inventory_id\":102,\"inventory_number\":\"2055550198\","
            + "\"forward_number\":\"12055550111\"}]}";
    asDemo()
        .body(body)
        .post("/api/inventories/multiple_call_forward")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(0))
        .body("data.inventory_id", contains(101, 999, 102))
        .body("data.status", contains("success", "failed", "failed"))
        .body("data[0].message", nullValue())
        .body("data[1].message", equalTo("Inventory 999 not found"))
        .body("data[2].message", equalTo("Inventory 102 is 2055550199, not 2055550198"));

    asDemo().get("/api/inventories/101").then().body("data.forward_number", equalTo("12055550111"));
    asDemo().get("/api/inventories/102").then().body("data.forward_number", equalTo("12125550150"));
    asDemo()
        .get("/api/activities_logs")
        .then()
        .body("data[0].description", equalTo("Set call forward on 2055550198 to 12055550111"));
  }

  @Test
  void multipleCallForwardMalformedIsRejected() {
    record Case(String body, String message) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"call_forward_numbers\":{\"0\":{\"inventory_id\":101,"
                    + "\"inventory_number\":\"2055550198\",\"forward_number\":\"12055550111\"}}}",
                "call_forward_numbers must be a JSON array, got {\"0\":"),
            new Case(
                "{\"call_forward_numbers\":[{\"inventory_id\":101,"
                    + "\"inventory_number\":\"2055550198\"}]}",
                "call_forward_numbers.0.forward_number is missing"),
            new Case(
                "{\"call_forward_numbers\":[{\"inventory_id\":\"101\","
                    + "\"inventory_number\":\"2055550198\",\"forward_number\":\"12055550111\"}]}",
                "call_forward_numbers.0.inventory_id must be an integer, got \"101\""),
            new Case(
                "{\"call_forward_numbers\":[]}", "call_forward_numbers must contain at least"));
    for (Case invalid : cases) {
      asDemo()
          .body(invalid.body())
          .post("/api/inventories/multiple_call_forward")
          .then()
          .statusCode(200)
          .body("result.error", equalTo(1))
          .body("result.status", equalTo(400))
          .body("data.errors[0].message", startsWith(invalid.message()));
    }
    asDemo().get("/api/inventories/101").then().body("data.forward_number", nullValue());
  }

  @Test
  void multipleCallForwardWithoutCredentialsGets401() {
    assertUnauthorizedPost("/api/inventories/multiple_call_forward");
  }

  @Test
  void multipleRemovalClearsForwards() {
    asDemo()
        .body("{\"call_forward\":{\"forward_number\":\"12055550111\"}}")
        .post("/api/inventories/101/call_forward")
        .then()
        .statusCode(200);

    String body =
        "{\"call_forward_numbers\":["
            + "{\"inventory_id\":101,\"inventory_number\":\"2055550198\"},"
            + "{\"inventory_id\":102,\"inventory_number\":\"2055550199\"},"
            + "{\"inventory_id\":5,\"inventory_number\":\"2055550199\"}]}";
    asDemo()
        .body(body)
        .post("/api/inventories/multiple_call_forward_removal")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(0))
        .body("data.status", contains("success", "success", "failed"))
        .body("data[2].message", equalTo("Inventory 5 not found"));

    asDemo().get("/api/inventories/101").then().body("data.forward_number", nullValue());
    asDemo().get("/api/inventories/102").then().body("data.forward_number", nullValue());
    asDemo()
        .get("/api/activities_logs")
        .then()
        .body("data[0].description", equalTo("Removed call forward on 2055550198, 2055550199"));
  }

  @Test
  void multipleRemovalRejectsForwardNumber() {
    asDemo()
        .body(
            "{\"call_forward_numbers\":[{\"inventory_id\":102,"
                + "\"inventory_number\":\"2055550199\",\"forward_number\":\"12055550111\"}]}")
        .post("/api/inventories/multiple_call_forward_removal")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body(
            "data.errors.message",
            contains("call_forward_numbers.0.forward_number is not a known field"));
    asDemo().get("/api/inventories/102").then().body("data.forward_number", equalTo("12125550150"));
  }

  @Test
  void multipleRemovalWithoutCredentialsGets401() {
    assertUnauthorizedPost("/api/inventories/multiple_call_forward_removal");
  }

  @Test
  void orderRouteForwardRemoveFlow() {
    asGlobex().body(orderOf("2125550142")).post("/api/orders").then().statusCode(201);
    int id =
        asGlobex()
            .get("/api/inventories")
            .then()
            .statusCode(200)
            .body("data.data_arr", hasSize(1))
            .body("data.data_arr[0].did_number", equalTo("2125550142"))
            .extract()
            .path("data.data_arr[0].id");

    asGlobex()
        .body(
            "{\"numbers\":{\"0\":{\"did_number\":\"2125550142\",\"provider_id\":1,"
                + "\"carrier_id\":1,\"subaccount\":1}}}")
        .post("/api/route_numbers")
        .then()
        .statusCode(200);
    asGlobex()
        .body("{\"call_forward\":{\"forward_number\":\"12125550143\"}}")
        .post("/api/inventories/" + id + "/call_forward")
        .then()
        .statusCode(200)
        .body("data.forward_number", equalTo("12125550143"))
        .body("data.carrier_id", equalTo(1));
    asGlobex()
        .delete("/api/inventories/" + id + "/remove_call_forward.json")
        .then()
        .statusCode(200)
        .body("data.forward_number", nullValue());

    asGlobex()
        .get("/api/inventories/" + id)
        .then()
        .body("data.forward_number", nullValue())
        .body("data.carrier_id", equalTo(1))
        .body("data.subaccount_id", equalTo(1));
    asGlobex()
        .get("/api/activities_logs")
        .then()
        .body(
            "data.description",
            contains(
                "Removed call forward on 2125550142",
                "Set call forward on 2125550142 to 12125550143",
                "Routed 2125550142 to carrier 1 and sub account 1",
                "Ordered 2125550142"))
        .body("data.id", contains(4, 3, 2, 1));
  }

  private static void assertUnauthorizedPost(String path) {
    as("demo", "wrong")
        .body("{\"call_forward_numbers\":[]}")
        .post(path)
        .then()
        .statusCode(401)
        .body("result.status", equalTo(401));
  }
}
