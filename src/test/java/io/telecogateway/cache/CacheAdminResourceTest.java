package io.telecogateway.cache;

import static io.restassured.RestAssured.given;
import static io.telecogateway.cache.CacheProfile.ACME_KEY;
import static io.telecogateway.cache.CacheProfile.OPERATOR_KEY;
import static io.telecogateway.cache.TelecoStubs.ALABAMA;
import static io.telecogateway.cache.TelecoStubs.BIRMINGHAM;
import static io.telecogateway.cache.TelecoStubs.NORTHWIND;
import static io.telecogateway.cache.TelecoStubs.PROVIDERS;
import static io.telecogateway.cache.TelecoStubs.STATES;
import static io.telecogateway.cache.TelecoStubs.data;
import static io.telecogateway.cache.TelecoStubs.rateCenters;
import static io.telecogateway.cache.TelecoStubs.stub;
import static io.telecogateway.cache.TelecoStubs.verifyCalls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.telecogateway.upstream.InjectWireMock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code DELETE /admin/cache[/{kind}]}: who may call it and what the next request then does. */
@QuarkusTest
@TestProfile(CacheProfile.class)
class CacheAdminResourceTest {

  @InjectWireMock WireMockServer wireMock;

  @Inject ReferenceDataCache cache;

  @BeforeEach
  void reset() {
    TelecoStubs.warmUp(wireMock);
    wireMock.resetAll();
    for (CacheKind kind : CacheKind.values()) {
      cache.invalidate(kind).await().indefinitely();
    }
    stub(wireMock, STATES, data(ALABAMA));
    stub(wireMock, rateCenters("AL"), data(BIRMINGHAM));
    stub(wireMock, PROVIDERS, data(NORTHWIND));
  }

  @Test
  void missingKeyIsUnauthorized() {
    get("/v1/states");

    given()
        .delete("/admin/cache/states")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer realm=\"teleco-gateway-admin\"")
        .body("code", is("unauthorized"));

    assertThat(get("/v1/states").header("Cache-Status")).startsWith("teleco-gateway; hit");
    verifyCalls(wireMock, 1, STATES);
  }

  @Test
  void callerKeyIsUnauthorized() {
    get("/v1/states");

    asOperator(ACME_KEY).delete("/admin/cache/states").then().statusCode(401);
    asOperator(ACME_KEY).delete("/admin/cache").then().statusCode(401);

    assertThat(get("/v1/states").header("Cache-Status")).startsWith("teleco-gateway; hit");
    verifyCalls(wireMock, 1, STATES);
  }

  @Test
  void operatorKeyInvalidatesKind() {
    get("/v1/states");
    get("/v1/providers");

    asOperator(OPERATOR_KEY).delete("/admin/cache/states").then().statusCode(204);
    Response states = get("/v1/states");
    Response providers = get("/v1/providers");

    assertThat(states.header("Cache-Status"))
        .isEqualTo("teleco-gateway; fwd=miss; stored; ttl=86400");
    assertThat(providers.header("Cache-Status")).startsWith("teleco-gateway; hit");
    verifyCalls(wireMock, 2, STATES);
    verifyCalls(wireMock, 1, PROVIDERS);
  }

  @Test
  void operatorKeyInvalidatesEveryKind() {
    get("/v1/states");
    get("/v1/states/AL/rate-centers");
    get("/v1/providers");

    asOperator(OPERATOR_KEY).delete("/admin/cache").then().statusCode(204);
    get("/v1/states");
    get("/v1/states/AL/rate-centers");
    get("/v1/providers");

    verifyCalls(wireMock, 2, STATES);
    verifyCalls(wireMock, 2, rateCenters("AL"));
    verifyCalls(wireMock, 2, PROVIDERS);
  }

  @Test
  void unknownKindIsNotFound() {
    asOperator(OPERATOR_KEY)
        .delete("/admin/cache/numbers")
        .then()
        .statusCode(404)
        .body("code", is("not_found"))
        .body(
            "detail",
            is(
                "There is no cache named 'numbers'; the caches are states, rate-centers, providers."));
  }

  @Test
  void adminEndpointsAreNotInOpenApi() {
    String document = given().queryParam("format", "json").get("/q/openapi").asString();

    assertThat(document).doesNotContain("/admin");
  }

  private static RequestSpecification asOperator(String key) {
    return given().header("Authorization", "Bearer " + key);
  }

  private static Response get(String path) {
    Response response = given().header("Authorization", "Bearer " + ACME_KEY).get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }
}
