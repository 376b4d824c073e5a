package io.telecogateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.telecogateway.upstream.TelecoWireMock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at {@code /q/openapi} lists every {@code /v1} endpoint. */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class OpenApiDocumentTest {

  private static JsonPath document() {
    return given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  @SuppressWarnings("unchecked")
  void documentsEveryEndpointWithItsSuccessStatus() {
    JsonPath document = document();
    Map<String, Map<String, Map<String, Object>>> paths = new TreeMap<>(document.getMap("paths"));
    // Test sources add /v1/test-* resources, which the idempotency tests find in the document.
    paths.keySet().removeIf(path -> path.startsWith("/v1/test-"));
    Map<String, String> successes = new TreeMap<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                  String success =
                      responses.keySet().stream()
                          .filter(code -> code.startsWith("2"))
                          .findFirst()
                          .orElse("none");
                  successes.put(method.toUpperCase() + " " + path, success);
                }));

    assertThat(successes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("GET /v1/carriers", "200"),
                Map.entry("POST /v1/carriers", "201"),
                Map.entry("GET /v1/providers", "200"),
                Map.entry("GET /v1/states", "200"),
                Map.entry("GET /v1/states/{state}/rate-centers", "200"),
                Map.entry("GET /v1/providers/{providerId}/available-numbers", "200"),
                Map.entry("POST /v1/orders", "201"),
                Map.entry("POST /v1/routes", "200"),
                Map.entry("GET /v1/numbers", "200"),
                Map.entry("GET /v1/numbers/{id}", "200"),
                Map.entry("PUT /v1/numbers/{id}/call-forward", "200"),
                Map.entry("DELETE /v1/numbers/{id}/call-forward", "204"),
                Map.entry("POST /v1/call-forwards", "200"),
                Map.entry("POST /v1/call-forwards/removals", "200"),
                Map.entry("GET /v1/subaccounts", "200"),
                Map.entry("GET /v1/activity-logs", "200"),
                Map.entry("GET /v1/sub-clients", "200"),
                Map.entry("POST /v1/sub-clients", "201"),
                Map.entry("GET /v1/sub-clients/{id}", "200"),
                Map.entry("PUT /v1/sub-clients/{id}", "200"),
                Map.entry("DELETE /v1/sub-clients/{id}", "204")));
  }

  @Test
  void documentsErrorsAsProblemDetails() {
    JsonPath document = document();

    assertThat(document.getString("paths.'/v1/numbers/{id}'.get.responses.'404'.$ref"))
        .isEqualTo("#/components/responses/NotFound");
    assertThat(document.getString("paths.'/v1/orders'.post.responses.'400'.$ref"))
        .isEqualTo("#/components/responses/InvalidRequest");
    assertThat(document.getString("paths.'/v1/states'.get.responses.'401'.$ref"))
        .isEqualTo("#/components/responses/Unauthorized");
    assertThat(document.getMap("components.responses.InvalidRequest.content"))
        .containsOnlyKeys("application/problem+json");
    assertThat(document.getString("paths.'/v1/states'.get.responses.'400'")).isNull();
  }

  @Test
  void documentsBearerCallerKey() {
    JsonPath document = document();

    assertThat(document.getString("components.securitySchemes.callerKey.type")).isEqualTo("http");
    assertThat(document.getString("components.securitySchemes.callerKey.scheme"))
        .isEqualTo("bearer");
    assertThat(document.getList("security", Map.class))
        .containsExactly(Map.of("callerKey", List.of()));
  }
}
