package io.telecogateway.simulator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Carriers, sub accounts, the activity log and sub clients (calls 2, 3, 5, 12 and 18 to 22). */
@QuarkusTest
@TestProfile(SimulatorEnabledProfile.class)
class SimulatorAccountTest extends SimulatorTestSupport {

  @Test
  void carriersListsPrimaryCarrier() {
    asDemo()
        .get("/api/carriers")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Carrier Account List"))
        .body("data", hasSize(1))
        .body("data[0].id", equalTo(1))
        .body("data[0].account_name", equalTo("Main SIP trunk"))
        .body("data[0].provider", equalTo("Northwind Telecom"))
        .body("data[0].is_enable", equalTo(true))
        .body("data[0].primary_account", equalTo(true));
  }

  @Test
  void createCarrierReturnsCarrierWithoutSecrets() {
    asDemo()
        .body(
            "{\"carrier\":{\"provider_id\":2,\"account_name\":\"Backup trunk\","
                + "\"username\":\"trunk-user\",\"password\":\"trunk-secret\","
                + "\"api_token\":\"token-secret\",\"is_enable\":false,\"primary_account\":false}}")
        .post("/api/carriers")
        .then()
        .statusCode(201)
        .body("result.status", equalTo(201))
        .body("result.error", equalTo(0))
        .body("data.id", equalTo(2))
        .body("data.account_name", equalTo("Backup trunk"))
        .body("data.provider", equalTo("Contoso Voice"))
        .body("data.is_enable", equalTo(false))
        .body("data.primary_account", equalTo(false))
        .body("data", not(hasKey("password")))
        .body("data", not(hasKey("api_token")))
        .body("data", not(hasKey("username")));

    asDemo()
        .get("/api/carriers")
        .then()
        .body("data.account_name", contains("Main SIP trunk", "Backup trunk"));
    asDemo()
        .get("/api/activities_logs")
        .then()
        .body("data[0].description", equalTo("Created carrier Backup trunk"));
    asGlobex().get("/api/carriers").then().body("data", hasSize(1));
  }

  @Test
  void createPrimaryCarrierDemotesOldPrimary() {
    asAcme()
        .body(
            "{\"carrier\":{\"provider_id\":1,\"account_name\":\"New main\",\"primary_account\":true}}")
        .post("/api/carriers")
        .then()
        .statusCode(201)
        .body("data.is_enable", equalTo(true))
        .body("data.primary_account", equalTo(true));

    asAcme().get("/api/carriers").then().body("data.primary_account", contains(false, true));
  }

  @Test
  void createCarrierInvalidFieldsAreRejected() {
    record Case(String body, List<String> messages) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"provider_id\":1,\"account_name\":\"Backup trunk\"}",
                List.of(
                    "carrier is missing",
                    "provider_id is not a known field",
                    "account_name is not a known field")),
            new Case(
                "{\"carrier\":{\"provider_id\":7,\"account_name\":\"Backup trunk\"}}",
                List.of("carrier.provider_id 7 is not a known provider")),
            new Case(
                "{\"carrier\":{\"provider_id\":\"1\",\"account_name\":\" \"}}",
                List.of(
                    "carrier.provider_id must be an integer, got \"1\"",
                    "carrier.account_name must not be blank, got \" \"")),
            new Case(
                "{\"carrier\":{\"provider_id\":1,\"account_name\":\"Backup\",\"password\":42,"
                    + "\"is_enable\":\"yes\",\"accountName\":\"x\"}}",
                List.of(
                    "carrier.password must be a string, got a hidden value",
                    "carrier.is_enable must be true or false, got \"yes\"",
                    "carrier.accountName is not a known field")),
            new Case("{\"carrier\":[]}", List.of("carrier must be a JSON object, got []")));
    for (Case invalid : cases) {
      asDemo()
          .body(invalid.body())
          .post("/api/carriers")
          .then()
          .statusCode(200)
          .body("result.error", equalTo(1))
          .body("result.status", equalTo(400))
          .body("data.errors.message", contains(invalid.messages().toArray()));
    }
    asDemo().get("/api/carriers").then().body("data", hasSize(1));
    asDemo().get("/api/activities_logs").then().body("data", hasSize(3));
  }

  @Test
  void carriersWithoutCredentialsGets401() {
    as("demo", "wrong")
        .body("{\"carrier\":{\"provider_id\":1,\"account_name\":\"Backup trunk\"}}")
        .post("/api/carriers")
        .then()
        .statusCode(401);
    asDemo().get("/api/carriers").then().body("data", hasSize(1));
  }

  @Test
  void subAccountsListsSeededSubAccounts() {
    asAcme()
        .get("/api/sub_accounts")
        .then()
        .statusCode(200)
        .body("data.id", contains(1, 2))
        .body("data.name", contains("Support line", "Sales line"));
  }

  @Test
  void subAccountsWithoutCredentialsGets401() {
    as("acme", "acme").get("/api/sub_accounts").then().statusCode(401);
  }

  @Test
  void activityLogListsSeedNewestFirst() {
    asDemo()
        .get("/api/activities_logs")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Activity Log List"))
        .body("data.id", contains(3, 2, 1))
        .body(
            "data.description",
            contains(
                "Set call forward on 2055550199 to 12125550150",
                "Routed 2055550199 to carrier 1 and sub account 1",
                "Ordered 2055550198, 2055550199"))
        .body("data[0].created_at", equalTo("2026-01-06T10:25:00.000Z"));
    asAcme().get("/api/activities_logs").then().statusCode(200).body("data", empty());
  }

  @Test
  void activityLogGrowsWithEachWrite() {
    asAcme()
        .body("{\"sub_client\":{\"name\":\"Acme support\",\"email\":\"support@acme.test\"}}")
        .post("/api/sub_clients")
        .then()
        .statusCode(201);
    asAcme().get("/api/activities_logs").then().body("data", hasSize(1));

    asAcme().body(orderOf("2565550100")).post("/api/orders").then().statusCode(201);
    asAcme()
        .get("/api/activities_logs")
        .then()
        .body("data", hasSize(2))
        .body("data.id", contains(2, 1))
        .body("data.description", contains("Ordered 2565550100", "Created sub client Acme support"))
        .body(
            "data[0].created_at",
            matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));

    // Reads add no entry.
    asAcme().get("/api/inventories").then().statusCode(200);
    asAcme().get("/api/activities_logs").then().body("data", hasSize(2));
  }

  @Test
  void activityLogWithoutCredentialsGets401() {
    assertUnauthorizedGet("/api/activities_logs");
  }

  @Test
  void subClientsListPerAccount() {
    asDemo()
        .get("/api/sub_clients")
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Sub Client List"))
        .body("data", hasSize(1))
        .body("data[0].id", equalTo(1))
        .body("data[0].name", equalTo("Demo support"))
        .body("data[0].email", equalTo("support@demo.example"))
        .body("data[0].username", equalTo("demo-support"))
        .body("data[0].is_enable", equalTo(true));
    asAcme().get("/api/sub_clients").then().statusCode(200).body("data", empty());
    asGlobex().get("/api/sub_clients").then().body("data.id", contains(2));
  }

  @Test
  void subClientCrud() {
    int id =
        asAcme()
            .body("{\"sub_client\":{\"name\":\"Acme support\",\"email\":\"support@acme.test\"}}")
            .post("/api/sub_clients")
            .then()
            .statusCode(201)
            .body("result.status", equalTo(201))
            .body("result.message", equalTo("Sub Client Created"))
            .body("data.id", equalTo(3))
            .body("data.name", equalTo("Acme support"))
            .body("data.email", equalTo("support@acme.test"))
            .body("data.username", equalTo("support"))
            .body("data.is_enable", equalTo(true))
            .extract()
            .path("data.id");

    asAcme()
        .get("/api/sub_clients/" + id)
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Sub Client Detail"))
        .body("data.name", equalTo("Acme support"));

    asAcme()
        .body(
            "{\"sub_client\":{\"name\":\"Acme help desk\",\"email\":\"help@acme.test\","
                + "\"username\":\"acme-help\",\"is_enable\":false}}")
        .put("/api/sub_clients/" + id)
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Sub Client Updated"))
        .body("data.id", equalTo(id))
        .body("data.name", equalTo("Acme help desk"))
        .body("data.username", equalTo("acme-help"))
        .body("data.is_enable", equalTo(false));

    // An update replaces the whole record, so omitted fields take their defaults again.
    asAcme()
        .body("{\"sub_client\":{\"name\":\"Acme desk\",\"email\":\"desk@acme.test\"}}")
        .put("/api/sub_clients/" + id)
        .then()
        .statusCode(200)
        .body("data.username", equalTo("desk"))
        .body("data.is_enable", equalTo(true));

    asAcme()
        .delete("/api/sub_clients/" + id)
        .then()
        .statusCode(200)
        .body("result.message", equalTo("Sub Client Deleted"))
        .body("result.error", equalTo(0))
        .body("data", nullValue());
    asAcme().get("/api/sub_clients/" + id).then().statusCode(404);
    asAcme().get("/api/sub_clients").then().body("data", empty());
    asAcme()
        .get("/api/activities_logs")
        .then()
        .body(
            "data.description",
            contains(
                "Deleted sub client Acme desk",
                "Updated sub client Acme desk",
                "Updated sub client Acme help desk",
                "Created sub client Acme support"));
  }

  @Test
  void subClientUnknownIdGets404() {
    asDemo()
        .get("/api/sub_clients/99")
        .then()
        .statusCode(404)
        .body("result.status", equalTo(404))
        .body("data.errors[0].message", equalTo("Sub client 99 not found"));
    asDemo()
        .body("{\"sub_client\":{\"name\":\"X\",\"email\":\"x@acme.test\"}}")
        .put("/api/sub_clients/99")
        .then()
        .statusCode(404);
    asDemo().delete("/api/sub_clients/99").then().statusCode(404);
  }

  @Test
  void subClientOfOtherAccountGets404() {
    asDemo().get("/api/sub_clients/2").then().statusCode(404);
    asDemo()
        .body("{\"sub_client\":{\"name\":\"X\",\"email\":\"x@acme.test\"}}")
        .put("/api/sub_clients/2")
        .then()
        .statusCode(404);
    asDemo().delete("/api/sub_clients/2").then().statusCode(404);
    asGlobex()
        .get("/api/sub_clients/2")
        .then()
        .statusCode(200)
        .body("data.name", equalTo("Globex billing"));
  }

  @Test
  void subClientInvalidFieldsAreRejected() {
    record Case(String body, List<String> messages) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"sub_client\":{\"email\":\"support@acme.test\"}}",
                List.of("sub_client.name is missing")),
            new Case(
                "{\"sub_client\":{\"name\":\"Acme support\",\"email\":\"support.acme.test\"}}",
                List.of(
                    "sub_client.email must be an email address such as \"support@acme.test\","
                        + " got \"support.acme.test\"")),
            new Case(
                "{\"sub_client\":{\"name\":\"Acme support\",\"email\":\"support@acme.test\","
                    + "\"enabled\":true}}",
                List.of("sub_client.enabled is not a known field")),
            new Case(
                "{\"name\":\"Acme support\",\"email\":\"support@acme.test\"}",
                List.of(
                    "sub_client is missing",
                    "name is not a known field",
                    "email is not a known field")));
    for (Case invalid : cases) {
      asAcme()
          .body(invalid.body())
          .post("/api/sub_clients")
          .then()
          .statusCode(200)
          .body("result.error", equalTo(1))
          .body("result.status", equalTo(400))
          .body("data.errors.message", contains(invalid.messages().toArray()));
    }
    asDemo()
        .body("{\"sub_client\":{\"name\":\"\",\"email\":\"support@acme.test\"}}")
        .put("/api/sub_clients/1")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body("data.errors.message", contains("sub_client.name must not be blank, got \"\""));
    asAcme().get("/api/sub_clients").then().body("data", empty());
    asDemo().get("/api/sub_clients/1").then().body("data.name", equalTo("Demo support"));
  }

  @Test
  void subClientsWithoutCredentialsGet401() {
    assertUnauthorizedGet("/api/sub_clients");
    assertUnauthorizedGet("/api/sub_clients/1");
    as("demo", "wrong").delete("/api/sub_clients/1").then().statusCode(401);
    as("demo", "wrong")
        .body("{\"sub_client\":{\"name\":\"X\",\"email\":\"x@acme.test\"}}")
        .post("/api/sub_clients")
        .then()
        .statusCode(401);
    as("demo", "wrong")
        .body("{\"sub_client\":{\"name\":\"X\",\"email\":\"x@acme.test\"}}")
        .put("/api/sub_clients/1")
        .then()
        .statusCode(401);
    asDemo().get("/api/sub_clients").then().body("data", hasSize(1));
  }

  private static void assertUnauthorizedGet(String path) {
    as("demo", "wrong")
        .get(path)
        .then()
        .statusCode(401)
        .body("result.status", equalTo(401))
        .body("result.error", equalTo(1));
  }
}
