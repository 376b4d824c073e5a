package io.telecogateway.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Login, Basic credentials, the envelope and routing of the simulated provider. */
@QuarkusTest
@TestProfile(SimulatorEnabledProfile.class)
class SimulatorAuthTest extends SimulatorTestSupport {

  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  @Test
  void loginByUsernameReturnsApiKey() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"login\":\"demo\",\"password\":\"demo-password\"}")
        .post("/api/login")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("result.status", equalTo(200))
        .body("result.error", equalTo(0))
        .body("result.message", equalTo("Login Successful"))
        .body("data", hasSize(1))
        .body("data[0].id", equalTo(1))
        .body("data[0].username", equalTo("demo"))
        .body("data[0].email", equalTo("demo@example.com"))
        .body("data[0].api_key", equalTo(DEMO_KEY))
        .body("data[0].getstarted_closed", equalTo(false))
        .body("data[0].created_at", matchesPattern(TIMESTAMP));
  }

  @Test
  void loginByEmailReturnsApiKey() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"login\":\"acme@example.com\",\"password\":\"acme-password\"}")
        .post("/api/login")
        .then()
        .statusCode(200)
        .body("data[0].username", equalTo("acme"))
        .body("data[0].api_key", equalTo(ACME_KEY));
  }

  @Test
  void loginWrongPasswordIsInvalidRequest() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"login\":\"demo\",\"password\":\"wrong\"}")
        .post("/api/login")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(1))
        .body("result.status", equalTo(400))
        .body("result.message", equalTo("An error occur"))
        .body("data.errors[0].message", equalTo("Password is invalid"));
  }

  @Test
  void loginUnknownUserIsInvalidRequest() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"login\":\"nobody\",\"password\":\"demo-password\"}")
        .post("/api/login")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(1))
        .body("result.status", equalTo(400))
        .body("data.errors[0].message", equalTo("User nobody not found"));
  }

  @Test
  void loginMissingFieldsNamesEach() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"user\":\"demo\"}")
        .post("/api/login")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body(
            "data.errors.message",
            contains("login is missing", "password is missing", "user is not a known field"));
  }

  @Test
  void requestWithoutCredentialsGets401() {
    given()
        .get("/api/carriers")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"))
        .body("result.status", equalTo(401))
        .body("result.error", equalTo(1))
        .body("result.message", equalTo("Unauthorized"))
        .body("data.errors[0].message", startsWith("The Authorization header is missing"));
  }

  @Test
  void wrongApiKeyGets401() {
    as("demo", "not-the-key")
        .get("/api/carriers")
        .then()
        .statusCode(401)
        .body("result.status", equalTo(401))
        .body("data.errors[0].message", equalTo("Invalid username or api key"));
  }

  @Test
  void otherAccountsKeyGets401() {
    as("demo", GLOBEX_KEY).get("/api/carriers").then().statusCode(401);
  }

  @Test
  void unknownUsernameGets401() {
    as("nobody", DEMO_KEY).get("/api/carriers").then().statusCode(401);
  }

  @Test
  void malformedBasicHeadersGet401() {
    withAuthorization("Bearer " + DEMO_KEY)
        .get("/api/carriers")
        .then()
        .statusCode(401)
        .body("data.errors[0].message", containsString("Basic scheme"));
    withAuthorization("Basic !!!not-base64!!!")
        .get("/api/carriers")
        .then()
        .statusCode(401)
        .body("data.errors[0].message", containsString("Base64"));
    withAuthorization("Basic ZGVtbw==")
        .get("/api/carriers")
        .then()
        .statusCode(401)
        .body("data.errors[0].message", containsString("no colon"));
  }

  @Test
  void acmeUtf8KeyWithColonIsAccepted() {
    // Split at the last colon, this header would read as user "acme:acme" and fail.
    asAcme()
        .get("/api/carriers")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(200))
        .body("data[0].id", equalTo(1));
  }

  @Test
  void acmeKeyEncodedAsLatin1Gets401() {
    withAuthorization(basicHeader("acme", ACME_KEY, StandardCharsets.ISO_8859_1))
        .get("/api/carriers")
        .then()
        .statusCode(401)
        .body("data.errors[0].message", containsString("UTF-8"));
  }

  @Test
  void globexPreemptiveBasicIsAccepted() {
    asGlobex().get("/api/carriers").then().statusCode(200).body("data", hasSize(1));
  }

  @Test
  void unknownApiPathGets404Envelope() {
    asDemo()
        .get("/api/unknown")
        .then()
        .statusCode(404)
        .contentType(ContentType.JSON)
        .body("result.status", equalTo(404))
        .body("result.error", equalTo(1))
        .body("data.errors[0].message", equalTo("No route matches GET /api/unknown"));
  }

  @Test
  void removeForwardWithoutJsonSuffixGets404() {
    asDemo().delete("/api/inventories/102/remove_call_forward").then().statusCode(404);
  }

  @Test
  void wrongMethodGets405Envelope() {
    asDemo()
        .delete("/api/carriers")
        .then()
        .statusCode(405)
        .body("result.status", equalTo(405))
        .body("result.error", equalTo(1))
        .body("result.message", equalTo("Method Not Allowed"))
        .body("data.errors[0].message", containsString("which allows GET, POST"));
  }

  @Test
  void unknownQueryParameterIsInvalidRequest() {
    asDemo()
        .queryParam("perPage", "10")
        .get("/api/inventories")
        .then()
        .statusCode(200)
        .body("result.error", equalTo(1))
        .body("result.status", equalTo(400))
        .body("data.errors[0].message", containsString("perPage"));
  }

  @Test
  void wrongContentTypeIsInvalidRequest() {
    asDemo()
        .contentType(ContentType.TEXT)
        .body("{\"carrier\":{\"provider_id\":1,\"account_name\":\"Backup trunk\"}}")
        .post("/api/carriers")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body("data.errors[0].message", containsString("send application/json"));
  }

  @Test
  void malformedJsonIsInvalidRequest() {
    asDemo()
        .body("{\"carrier\":")
        .post("/api/carriers")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body("data.errors[0].message", startsWith("The request body is not valid JSON"));
  }

  @Test
  void malformedJsonHidesUnrecognizedToken() {
    asDemo()
        .body("{\"login\":\"demo\",\"password\":secret123}")
        .post("/api/login")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body(
            "data.errors[0].message",
            startsWith("The request body is not valid JSON: Unrecognized token"))
        .body("data.errors[0].message", not(containsString("secret123")));
  }

  @Test
  void duplicateJsonKeyIsInvalidRequest() {
    asDemo()
        .body("{\"login\":\"demo\",\"login\":\"acme\",\"password\":\"demo-password\"}")
        .post("/api/login")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body("data.errors[0].message", containsString("Duplicate field 'login'"));
  }

  @Test
  void emptyBodyIsInvalidRequest() {
    asDemo()
        .post("/api/orders")
        .then()
        .statusCode(200)
        .body("result.status", equalTo(400))
        .body("data.errors[0].message", equalTo("The request body is missing"));
  }

  @Test
  void envelopeHasOnlyResultAndData() {
    asDemo()
        .get("/api/sub_accounts")
        .then()
        .statusCode(200)
        .body("keySet()", containsInAnyOrder("result", "data"))
        .body("result.keySet()", containsInAnyOrder("message", "status", "error"))
        .body("result.message", equalTo("Sub Account List"))
        .body("result.error", equalTo(0));
  }
}
