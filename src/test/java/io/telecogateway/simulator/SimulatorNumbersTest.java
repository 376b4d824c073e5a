package io.telecogateway.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** States, rate centers, providers, number search and orders (calls 6 to 10). */
@QuarkusTest
@TestProfile(SimulatorEnabledProfile.class)
class SimulatorNumbersTest extends SimulatorTestSupport {

  @Test
  void statesListsSeededStates() {
    asDemo()
        .get("/api/states/available")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Available States"))
        .body("data.state_id", contains("AL", "CA", "FL", "NY", "TX"))
        .body("data[0].name", equalTo("Alabama"));
  }

  @Test
  void statesWithoutCredentialsGets401() {
    as("demo", "wrong").get("/api/states/available").then().statusCode(401);
  }

  @Test
  void rateCentersOfAlabama() {
    asDemo()
        .get("/api/states/AL/rate_centers")
        .then()
        .statusCode(200)
        .body("data.rate_center", contains("BIRMINGHAM", "HUNTSVILLE", "MOBILE"))
        .body("data.state_id", everyItem(equalTo("AL")));
  }

  @Test
  void rateCentersUnknownStateGets404() {
    asDemo()
        .get("/api/states/ZZ/rate_centers")
        .then()
        .statusCode(404)
        .body("result.status", equalTo(404))
        .body("result.error", equalTo(1))
        .body("data.errors[0].message", equalTo("State ZZ not found"));
  }

  @Test
  void rateCentersLowerCaseStateGets404() {
    asDemo().get("/api/states/al/rate_centers").then().statusCode(404);
  }

  @Test
  void providersListsBothProviders() {
    asDemo()
        .get("/api/providers/primary/providers")
        .then()
        .statusCode(200)
        .body("data.id", contains(1, 2))
        .body("data.name", contains("Northwind Telecom", "Contoso Voice"));
  }

  @Test
  void providersWithoutCredentialsGets401() {
    given().get("/api/providers/primary/providers").then().statusCode(401);
  }

  @Test
  void searchByNpaReturnsFirstFiftyAscending() {
    List<String> numbers =
        asDemo()
            .body(searchByPrefix("205"))
            .post("/api/providers/1/search")
            .then()
            .statusCode(200)
            .body("result.message", equalTo("Search Result"))
            .body("data", hasSize(50))
            .body("data[0].did_number", equalTo("2055550100"))
            .body("data[0].state", equalTo("AL"))
            .body("data[0].rate_center", equalTo("BIRMINGHAM"))
            .body("data[0].provider_id", equalTo(1))
            .body("data[0].tier_type", equalTo(1121))
            .extract()
            .path("data.did_number");

    assertThat(numbers).isSorted();
    assertThat(numbers).allMatch(number -> number.startsWith("20555501"));
  }

  @Test
  void searchByNpaNxxPrefix() {
    asDemo()
        .body(searchByPrefix("256555"))
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("data", hasSize(50))
        .body("data.did_number", everyItem(startsWith("256555")))
        .body("data.rate_center", everyItem(equalTo("HUNTSVILLE")));
  }

  @Test
  void searchSkipsNumbersAlreadyOrdered() {
    // The demo account owns 2055550198 and 2055550199, so Birmingham has 98 left.
    asDemo()
        .body(
            "{\"search\":{\"search_type\":\"local_did\",\"state\":\"AL\","
                + "\"ratecenter\":\"BIRMINGHAM\"}}")
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("data", hasSize(50));
    asDemo()
        .body(searchByPrefix("205"))
        .post("/api/providers/1/search")
        .then()
        .body("data.did_number", not(hasItem("2055550198")));

    asDemo().body(orderOf("2055550100")).post("/api/orders").then().statusCode(201);

    asGlobex()
        .body(searchByPrefix("205"))
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("data[0].did_number", equalTo("2055550101"))
        .body("data.did_number", not(hasItem("2055550100")));
  }

  @Test
  void searchRateCenterIgnoresCase() {
    asDemo()
        .body(
            "{\"search\":{\"search_type\":\"local_did\",\"state\":\"CA\","
                + "\"ratecenter\":\"san francisco\"}}")
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("data", hasSize(50))
        .body("data.did_number", everyItem(startsWith("415")))
        .body("data.rate_center", everyItem(equalTo("SAN FRANCISCO")));
  }

  @Test
  void searchSecondProviderOffersTexas() {
    asDemo()
        .body("{\"search\":{\"search_type\":\"local_did\",\"state\":\"TX\"}}")
        .post("/api/providers/2/search")
        .then()
        .statusCode(200)
        .body("data", hasSize(50))
        .body("data[0].did_number", equalTo("2145550100"))
        .body("data.provider_id", everyItem(equalTo(2)));
    asDemo()
        .body("{\"search\":{\"search_type\":\"local_did\",\"state\":\"TX\"}}")
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("data", empty());
  }

  @Test
  void searchTollFreeUsesTollFreePool() {
    asDemo()
        .body("{\"search\":{\"search_type\":\"tollfree_did\"}}")
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("data", hasSize(50))
        .body("data[0].did_number", equalTo("8005550100"))
        .body("data[0].state", nullValue())
        .body("data[0].rate_center", nullValue())
        .body("data[0].tier_type", equalTo(1131));
  }

  @Test
  void searchFaxUsesLocalPool() {
    asDemo()
        .body(
            "{\"search\":{\"search_type\":\"fax_did\",\"npanxx\":\"true\","
                + "\"search_number\":\"212\"}}")
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("data[0].did_number", equalTo("2125550100"))
        .body("data[0].rate_center", equalTo("NEW YORK"));
  }

  @Test
  void searchInternationalIsEmpty() {
    asDemo()
        .body("{\"search\":{\"search_type\":\"international_did\"}}")
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(0))
        .body("data", empty());
  }

  @Test
  void searchUnknownProviderGets404() {
    asDemo()
        .body(searchByPrefix("205"))
        .post("/api/providers/9/search")
        .then()
        .statusCode(404)
        .body("result.status", equalTo(404))
        .body("data.errors[0].message", equalTo("Provider 9 not found"));
  }

  @Test
  void searchInvalidFieldsNameFieldAndValue() {
    record Case(String search, String message) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"search_type\":\"local_did\",\"npanxx\":true,\"search_number\":\"205\"}",
                "search.npanxx must be a string, got true"),
            new Case(
                "{\"search_type\":\"local_did\",\"search_number\":\"205\"}",
                "search.search_number \"205\" requires search.npanxx: \"true\""),
            new Case(
                "{\"search_type\":\"local_did\",\"npanxx\":\"true\"}",
                "search.npanxx is \"true\" but search.search_number is missing"),
            new Case(
                "{\"search_type\":\"local_did\",\"npanxx\":\"true\",\"search_number\":\"2055\"}",
                "search.search_number must be an NPA (3 digits) or NPA-NXX (6 digits) prefix,"
                    + " got \"2055\""),
            new Case(
                "{\"search_type\":\"mobile_did\"}",
                "search.search_type must be local_did, fax_did, tollfree_did or"
                    + " international_did, got \"mobile_did\""),
            new Case(
                "{\"search_type\":\"local_did\",\"state\":\"al\"}",
                "search.state must be a two-letter upper-case code such as \"AL\", got \"al\""),
            new Case(
                "{\"search_type\":\"local_did\",\"rate_center\":\"MOBILE\"}",
                "search.rate_center is not a known field"),
            new Case("{}", "search.search_type is missing"));
    for (Case invalid : cases) {
      asDemo()
          .body("{\"search\":" + invalid.search() + "}")
          .post("/api/providers/1/search")
          .then()
          .statusCode(200)
          .body("result.error", equalTo(1))
          .body("result.status", equalTo(400))
          .body("data.errors.message", contains(invalid.message()));
    }
  }

  @Test
  void searchWithoutWrapperIsInvalidRequest() {
    asDemo()
        .body("{\"search_type\":\"local_did\"}")
        .post("/api/providers/1/search")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body(
            "data.errors.message",
            contains("search is missing", "search_type is not a known field"));
  }

  @Test
  void orderMovesNumberIntoInventory() {
    asDemo()
        .body(orderOf("2055550123"))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("result.status", equalTo(201))
        .body("result.error", equalTo(0))
        .body("data.order_id", equalTo(9001))
        .body("data.numbers", hasSize(1))
        .body("data.numbers[0].did_number", equalTo("2055550123"))
        .body("data.numbers[0].status", equalTo("ordered"));

    asDemo()
        .get("/api/inventories")
        .then()
        .body("data.pagination.total_count", equalTo(3))
        .body("data.data_arr[2].id", equalTo(103))
        .body("data.data_arr[2].did_number", equalTo("2055550123"))
        .body("data.data_arr[2].state", equalTo("AL"))
        .body("data.data_arr[2].rate_center", equalTo("BIRMINGHAM"))
        .body("data.data_arr[2].provider_id", equalTo(1))
        .body("data.data_arr[2].carrier_id", nullValue())
        .body("data.data_arr[2].subaccount_id", nullValue())
        .body("data.data_arr[2].did_type", equalTo("voice"))
        .body("data.data_arr[2].forward_number", nullValue());
    asDemo()
        .get("/api/activities_logs")
        .then()
        .body("data[0].description", equalTo("Ordered 2055550123"));
  }

  @Test
  void orderOfSeveralNumbersUsesKeyedItems() {
    String body =
        "{\"numbers\":{"
            + "\"1\":{\"did_number\":\"8005550142\",\"provider_id\":1,\"tier_type\":1131,"
            + "\"did_type\":\"voice\",\"quantity\":1},"
            + "\"0\":{\"did_number\":\"7135550107\",\"provider_id\":2,\"tier_type\":1121,"
            + "\"did_type\":\"fax\",\"quantity\":1}}}";
    asAcme()
        .body(body)
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("data.numbers.did_number", contains("7135550107", "8005550142"));
    asAcme()
        .get("/api/inventories")
        .then()
        .body("data.data_arr.did_number", contains("7135550107", "8005550142"))
        .body("data.data_arr[0].did_type", equalTo("fax"))
        .body("data.data_arr[0].rate_center", equalTo("HOUSTON"))
        .body("data.data_arr[1].state", nullValue());
    asAcme()
        .get("/api/activities_logs")
        .then()
        .body("data.description", contains("Ordered 7135550107, 8005550142"));
  }

  @Test
  void orderOfNumberOrderedElsewhereIsRejected() {
    asDemo().body(orderOf("2055550123")).post("/api/orders").then().statusCode(201);

    asGlobex()
        .body(orderOf("2055550123"))
        .post("/api/orders")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body(
            "data.errors[0].message", equalTo("numbers.0.did_number 2055550123 is not available"));
    asGlobex().get("/api/inventories").then().body("data.pagination.total_count", equalTo(0));
  }

  @Test
  void orderIsAllOrNothing() {
    String body =
        "{\"numbers\":{"
            + "\"0\":{\"did_number\":\"2055550120\",\"provider_id\":1,\"tier_type\":1121,"
            + "\"did_type\":\"voice\",\"quantity\":1},"
            + "\"1\":{\"did_number\":\"2055550199\",\"provider_id\":1,\"tier_type\":1121,"
            + "\"did_type\":\"voice\",\"quantity\":1}}}";
    asGlobex()
        .body(body)
        .post("/api/orders")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body("data.errors.message", contains("numbers.1.did_number 2055550199 is not available"));

    asGlobex().get("/api/inventories").then().body("data.pagination.total_count", equalTo(0));
    asGlobex()
        .body(searchByPrefix("205555"))
        .post("/api/providers/1/search")
        .then()
        .body("data.did_number", hasItem("2055550120"));
    asGlobex().get("/api/activities_logs").then().body("data", empty());
  }

  @Test
  void orderInvalidItemsNameFieldAndValue() {
    record Case(String numbers, String message) {}
    String valid = "\"provider_id\":1,\"tier_type\":1121,\"did_type\":\"voice\",\"quantity\":1";
    List<Case> cases =
        List.of(
            new Case(
                "[{\"did_number\":\"2055550123\"," + valid + "}]",
                "numbers must be a JSON object keyed \"0\", \"1\", …, got [{\"did_number\":"),
            new Case(
                "{\"1\":{\"did_number\":\"2055550123\"," + valid + "}}",
                "numbers must be keyed \"0\" to \"0\", but key \"0\" is missing (keys: 1)"),
            new Case("{}", "numbers must contain at least one item"),
            new Case(
                "{\"0\":{\"did_number\":\"205555012\"," + valid + "}}",
                "numbers.0.did_number must be a 10-digit number such as \"2055550123\","
                    + " got \"205555012\""),
            new Case(
                "{\"0\":{\"did_number\":2055550123," + valid + "}}",
                "numbers.0.did_number must be a 10-digit number such as \"2055550123\","
                    + " got 2055550123"),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\",\"provider_id\":2,\"tier_type\":1121,"
                    + "\"did_type\":\"voice\",\"quantity\":1}}",
                "numbers.0.provider_id 2 does not offer 2055550123 (provider 1 does)"),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\",\"provider_id\":7,\"tier_type\":1121,"
                    + "\"did_type\":\"voice\",\"quantity\":1}}",
                "numbers.0.provider_id 7 is not a known provider"),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\",\"provider_id\":1,\"tier_type\":1131,"
                    + "\"did_type\":\"voice\",\"quantity\":1}}",
                "numbers.0.tier_type 1131 does not match 2055550123, whose tier type is 1121"),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\",\"provider_id\":1,\"tier_type\":1121,"
                    + "\"did_type\":\"voice\",\"quantity\":2}}",
                "numbers.0.quantity must be 1, because each item orders one number, got 2"),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\",\"provider_id\":1,\"tier_type\":1121,"
                    + "\"did_type\":\"sms\",\"quantity\":1}}",
                "numbers.0.did_type must be \"voice\" or \"fax\", got \"sms\""),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\",\"provider_id\":\"1\",\"tier_type\":1121,"
                    + "\"did_type\":\"voice\",\"quantity\":1}}",
                "numbers.0.provider_id must be an integer, got \"1\""),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\",\"tier_type\":1121,"
                    + "\"did_type\":\"voice\",\"quantity\":1}}",
                "numbers.0.provider_id is missing"),
            new Case(
                "{\"0\":{\"did_number\":\"2055550123\","
                    + valid
                    + "},"
                    + "\"1\":{\"did_number\":\"2055550123\","
                    + valid
                    + "}}",
                "numbers.1.did_number 2055550123 appears more than once in the order"));
    for (Case invalid : cases) {
      asDemo()
          .body("{\"numbers\":" + invalid.numbers() + "}")
          .post("/api/orders")
          .then()
          .statusCode(200)
          .body("result.error", equalTo(1))
          .body("result.status", equalTo(400))
          .body("data.errors", hasSize(1))
          .body("data.errors[0].message", startsWith(invalid.message()));
    }
    asDemo().get("/api/inventories").then().body("data.pagination.total_count", equalTo(2));
  }

  @Test
  void orderWithoutCredentialsGets401() {
    as("globex", DEMO_KEY)
        .body(orderOf("2055550123"))
        .post("/api/orders")
        .then()
        .statusCode(401)
        .body("data.errors[0].message", containsString("Invalid username or api key"));
  }
}
