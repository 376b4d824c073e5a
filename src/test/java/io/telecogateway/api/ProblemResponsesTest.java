package io.telecogateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.telecogateway.upstream.InjectWireMock;
import io.telecogateway.upstream.TelecoWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errors raised by the HTTP layer itself: authentication, unknown paths, methods and media types.
 * Each is a problem with a stable code and the request id, and none reaches Teleco.
 */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class ProblemResponsesTest {

  private static final String CALLER_KEY = "acme-caller-key";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @InjectWireMock WireMockServer wireMock;

  @BeforeEach
  void resetWireMock() {
    wireMock.resetAll();
  }

  @AfterEach
  void verifyNoUpstreamCall() {
    wireMock.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void missingCallerKeyIsUnauthorized() {
    given()
        .get("/v1/carriers")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .header("X-Request-Id", matchesRegex(UUID))
        .body("code", equalTo("unauthorized"))
        .body("type", equalTo("https://teleco-gateway.dev/problems/unauthorized"));
  }

  @Test
  void unknownCallerKeyIsUnauthorized() {
    given()
        .header("Authorization", "Bearer not-a-caller-key")
        .get("/v1/numbers/5")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("invalid_token"))
        .body("code", equalTo("unauthorized"))
        .body("detail", equalTo("Unknown caller key."));
  }

  @Test
  void basicSchemeIsUnauthorized() {
    given()
        .auth()
        .preemptive()
        .basic("acme", CALLER_KEY)
        .get("/v1/carriers")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("code", equalTo("unauthorized"));
  }

  @Test
  void unknownV1PathIsNotFound() {
    asAcme()
        .get("/v1/nope")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .header("X-Request-Id", matchesRegex(UUID))
        .body("code", equalTo("not_found"))
        .body("detail", equalTo("No resource at '/v1/nope'."));
  }

  @Test
  void unknownRootPathIsNotFound() {
    given()
        .get("/nope")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .header("X-Request-Id", matchesRegex(UUID))
        .body("code", equalTo("not_found"))
        .body("detail", equalTo("No resource at '/nope'."));
  }

  @Test
  void wrongMethodListsAllowedMethods() {
    asAcme()
        .delete("/v1/carriers")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", equalTo("GET, HEAD, POST"))
        .body("code", equalTo("method_not_allowed"))
        .body("detail", equalTo("The method DELETE is not allowed on '/v1/carriers'."));
  }

  @Test
  void wrongMethodOnTemplatePath() {
    asAcme()
        .post("/v1/sub-clients/7")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("DELETE, GET, HEAD, PUT"))
        .body("code", equalTo("method_not_allowed"));
  }

  @Test
  void textBodyIsUnsupportedMediaType() {
    asAcme()
        .contentType("text/plain")
        .body("forwardTo=2055550123")
        .put("/v1/numbers/5/call-forward")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("code", equalTo("unsupported_media_type"));
  }

  @Test
  void xmlAcceptIsNotAcceptable() {
    given()
        .header("Authorization", "Bearer " + CALLER_KEY)
        .accept("application/xml")
        .get("/v1/carriers")
        .then()
        .statusCode(406)
        .contentType("application/problem+json")
        .body("code", equalTo("not_acceptable"));
  }

  @Test
  void requestIdEchoedOnError() {
    asAcme()
        .header("X-Request-Id", "caller-42")
        .get("/v1/numbers/abc")
        .then()
        .statusCode(400)
        .header("X-Request-Id", equalTo("caller-42"))
        .body("requestId", equalTo("caller-42"));
  }

  @Test
  void invalidRequestIdReplaced() {
    asAcme()
        .header("X-Request-Id", "bad id with spaces")
        .get("/v1/carriers")
        .then()
        .statusCode(400)
        .header("X-Request-Id", matchesRegex(UUID))
        .body("code", equalTo("invalid_request"))
        .body("errors[0].field", equalTo("X-Request-Id"));
  }

  private static RequestSpecification asAcme() {
    return given().header("Authorization", "Bearer " + CALLER_KEY).accept("application/json");
  }

  @Test
  void optionsIsNotServed() {
    given()
        .options("/v1/numbers/5")
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", equalTo("GET, HEAD"))
        .body("code", equalTo("method_not_allowed"));
  }
}
