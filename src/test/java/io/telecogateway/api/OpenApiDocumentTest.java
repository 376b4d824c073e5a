package io.telecogateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.telecogateway.api.model.CallForwardBatchRequest;
import io.telecogateway.api.model.CallForwardRemovalBatchRequest;
import io.telecogateway.api.model.CallForwardRequest;
import io.telecogateway.api.model.NewCarrierRequest;
import io.telecogateway.api.model.OrderRequest;
import io.telecogateway.api.model.RouteRequest;
import io.telecogateway.api.model.SubClientRequest;
import io.telecogateway.upstream.TelecoWireMock;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /q/openapi} describes every {@code /v1} operation completely: its
 * id, summary, description, examples, headers and problem responses, and request schemas that show
 * the constraints Bean Validation enforces.
 */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class OpenApiDocumentTest {

  /** Request records and the names of their schemas in the document. */
  private static final Map<Class<?>, String> REQUEST_SCHEMAS =
      Map.ofEntries(
          Map.entry(NewCarrierRequest.class, "NewCarrierRequest"),
          Map.entry(OrderRequest.class, "OrderRequest"),
          Map.entry(OrderRequest.Line.class, "OrderLine"),
          Map.entry(RouteRequest.class, "RouteRequest"),
          Map.entry(RouteRequest.Line.class, "RouteLine"),
          Map.entry(CallForwardRequest.class, "CallForwardRequest"),
          Map.entry(CallForwardBatchRequest.class, "CallForwardBatchRequest"),
          Map.entry(CallForwardBatchRequest.Item.class, "CallForwardBatchItem"),
          Map.entry(CallForwardRemovalBatchRequest.class, "CallForwardRemovalBatchRequest"),
          Map.entry(CallForwardRemovalBatchRequest.Item.class, "CallForwardRemovalItem"),
          Map.entry(SubClientRequest.class, "SubClientRequest"));

  private static JsonPath document() {
    return given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Returns the {@code /v1} operations by "METHOD path", without the test-only resources. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> operations(JsonPath document) {
    Map<String, Map<String, Map<String, Object>>> paths = new TreeMap<>(document.getMap("paths"));
    // Test sources add /v1/test-* resources, which the idempotency tests find in the document.
    paths.keySet().removeIf(path -> path.startsWith("/v1/test-"));
    Map<String, Map<String, Object>> operations = new TreeMap<>();
    paths.forEach(
        (path, items) ->
            items.forEach(
                (method, operation) ->
                    operations.put(method.toUpperCase() + " " + path, operation)));
    return operations;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  /** Returns a response of the operation, following a reference to a shared response. */
  private static Map<String, Object> response(
      JsonPath document, Map<String, Object> operation, String status) {
    Map<String, Object> response = map(map(operation.get("responses")).get(status));
    Object ref = response.get("$ref");
    if (ref == null) {
      return response;
    }
    String name = ref.toString().substring("#/components/responses/".length());
    return map(document.getMap("components.responses").get(name));
  }

  private static Map<String, Object> examples(Map<String, Object> response) {
    Map<String, Object> examples = new TreeMap<>();
    map(response.get("content"))
        .values()
        .forEach(mediaType -> examples.putAll(map(map(mediaType).get("examples"))));
    return examples;
  }

  @Test
  @SuppressWarnings("unchecked")
  void documentsEveryEndpointWithItsSuccessStatus() {
    Map<String, String> successes = new TreeMap<>();
    operations(document())
        .forEach(
            (operation, description) -> {
              Map<String, Object> responses = (Map<String, Object>) description.get("responses");
              String success =
                  responses.keySet().stream()
                      .filter(code -> code.startsWith("2"))
                      .findFirst()
                      .orElse("none");
              successes.put(operation, success);
            });

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
  void everyOperationHasUniqueIdSummaryAndDescription() {
    List<String> ids = new ArrayList<>();
    operations(document())
        .forEach(
            (name, operation) -> {
              assertThat(operation.get("operationId")).as(name + " operationId").isNotNull();
              assertThat(operation.get("summary")).as(name + " summary").isNotNull();
              assertThat(operation.get("description")).as(name + " description").isNotNull();
              ids.add(operation.get("operationId").toString());
            });

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyOperationHasExamples() {
    JsonPath document = document();
    operations(document)
        .forEach(
            (name, operation) -> {
              String success =
                  map(operation.get("responses")).keySet().stream()
                      .filter(code -> code.startsWith("2"))
                      .findFirst()
                      .orElseThrow();
              Map<String, Object> successResponse = response(document, operation, success);
              if (successResponse.containsKey("content")) {
                assertThat(examples(successResponse)).as(name + " success example").isNotEmpty();
              }
              if (operation.containsKey("requestBody")) {
                Map<String, Object> body = map(operation.get("requestBody"));
                assertThat(
                        map(map(map(body.get("content")).get("application/json")).get("examples")))
                    .as(name + " request body example")
                    .isNotEmpty();
              }
              boolean errorExample =
                  map(operation.get("responses")).keySet().stream()
                      .filter(status -> status.startsWith("4") || status.startsWith("5"))
                      .anyMatch(
                          status -> !examples(response(document, operation, status)).isEmpty());
              assertThat(errorExample).as(name + " has a problem example").isTrue();
              boolean parameterExamples =
                  list(operation.get("parameters")).stream()
                      .filter(parameter -> "path".equals(parameter.get("in")))
                      .allMatch(parameter -> !map(parameter.get("examples")).isEmpty());
              assertThat(parameterExamples).as(name + " path parameter examples").isTrue();
            });
  }

  @Test
  void everyOperationDocumentsRequestIdAndRateLimits() {
    JsonPath document = document();
    operations(document)
        .forEach(
            (name, operation) -> {
              assertThat(list(operation.get("parameters")))
                  .as(name + " parameters")
                  .anySatisfy(
                      parameter -> {
                        assertThat(parameter.get("name")).isEqualTo("X-Request-Id");
                        assertThat(parameter.get("in")).isEqualTo("header");
                      });
              map(operation.get("responses"))
                  .keySet()
                  .forEach(
                      status ->
                          assertThat(map(response(document, operation, status).get("headers")))
                              .as(name + " " + status + " headers")
                              .containsKey("X-Request-Id"));

              Map<String, Object> rateLimited = response(document, operation, "429");
              assertThat(map(rateLimited.get("headers")))
                  .as(name + " 429 headers")
                  .containsKeys("Retry-After", "RateLimit", "RateLimit-Policy");
              assertThat(map(response(document, operation, "503").get("headers")))
                  .as(name + " 503 headers")
                  .containsKey("Retry-After");
              map(operation.get("responses")).entrySet().stream()
                  .filter(entry -> entry.getKey().startsWith("2"))
                  .forEach(
                      entry ->
                          assertThat(map(map(entry.getValue()).get("headers")))
                              .as(name + " " + entry.getKey() + " headers")
                              .containsKeys("RateLimit", "RateLimit-Policy"));
            });
  }

  @Test
  void everyOperationDocumentsItsProblemResponses() {
    JsonPath document = document();
    operations(document)
        .forEach(
            (name, operation) -> {
              Map<String, Object> responses = map(operation.get("responses"));
              List<String> expected =
                  new ArrayList<>(
                      List.of("400", "401", "406", "429", "4XX", "500", "502", "503", "504"));
              if (name.contains("{")) {
                expected.add("404");
              }
              if (operation.containsKey("requestBody")) {
                expected.add("415");
              }
              if (name.startsWith("POST ")) {
                expected.addAll(List.of("409", "422"));
              }
              assertThat(responses)
                  .as(name + " responses")
                  .containsKeys(expected.toArray(String[]::new));
              expected.forEach(
                  status ->
                      assertThat(map(response(document, operation, status).get("content")))
                          .as(name + " " + status + " content")
                          .containsOnlyKeys("application/problem+json"));
            });
  }

  @Test
  void batchOperationsDocumentTooLargeBatches() {
    Map<String, Map<String, Object>> operations = operations(document());

    assertThat(map(operations.get("POST /v1/call-forwards").get("responses"))).containsKey("413");
    assertThat(map(operations.get("POST /v1/call-forwards/removals").get("responses")))
        .containsKey("413");
    assertThat(map(operations.get("POST /v1/orders").get("responses"))).doesNotContainKey("413");
  }

  @Test
  void postsDocumentIdempotencyKey() {
    Map<String, Map<String, Object>> operations = operations(document());

    operations.forEach(
        (name, operation) -> {
          List<Object> headers =
              list(operation.get("parameters")).stream()
                  .filter(parameter -> "header".equals(parameter.get("in")))
                  .map(parameter -> parameter.get("name"))
                  .toList();
          if (name.startsWith("POST ")) {
            assertThat(headers).as(name).contains("Idempotency-Key");
          } else {
            assertThat(headers).as(name).doesNotContain("Idempotency-Key");
          }
        });
    assertThat(
            map(
                map(map(map(operations.get("POST /v1/orders").get("responses")).get("201")))
                    .get("headers")))
        .containsKey("Idempotency-Replayed");
  }

  @Test
  void cachedReadsDocumentCacheHeaders() {
    Map<String, Map<String, Object>> operations = operations(document());

    for (String cached :
        List.of("GET /v1/states", "GET /v1/states/{state}/rate-centers", "GET /v1/providers")) {
      Map<String, Object> ok = map(map(operations.get(cached).get("responses")).get("200"));
      assertThat(map(ok.get("headers")))
          .as(cached)
          .containsKeys("Cache-Control", "Age", "Cache-Status");
      assertThat(operations.get(cached)).as(cached).doesNotContainKey("x-cached");
    }
    Map<String, Object> carriers =
        map(map(operations.get("GET /v1/carriers").get("responses")).get("200"));
    assertThat(map(carriers.get("headers"))).doesNotContainKey("Cache-Status");
  }

  @Test
  void documentsErrorsAsProblemDetails() {
    JsonPath document = document();

    assertThat(
            document.getString("paths.'/v1/numbers/{id}/call-forward'.delete.responses.'404'.$ref"))
        .isNull();
    assertThat(document.getString("paths.'/v1/states'.get.responses.'400'.$ref"))
        .isEqualTo("#/components/responses/InvalidRequest");
    assertThat(document.getString("paths.'/v1/states'.get.responses.'401'.$ref"))
        .isEqualTo("#/components/responses/Unauthorized");
    assertThat(document.getMap("components.responses.InvalidRequest.content"))
        .containsOnlyKeys("application/problem+json");
    assertThat(document.getList("components.schemas.Problem.properties.code.enum"))
        .contains("invalid_request", "rate_limited", "upstream_outcome_unknown");
  }

  @Test
  void requestSchemasShowBeanValidationConstraints() {
    JsonPath document = document();

    REQUEST_SCHEMAS.forEach(
        (type, schemaName) -> {
          Map<String, Object> schema = document.getMap("components.schemas." + schemaName);
          assertThat(schema).as(schemaName).isNotNull();
          List<Object> required =
              document.getList("components.schemas." + schemaName + ".required");
          Map<String, Object> properties = map(schema.get("properties"));
          for (RecordComponent component : type.getRecordComponents()) {
            String field = schemaName + "." + component.getName();
            Map<String, Object> property = map(properties.get(component.getName()));
            assertThat(property).as(field).isNotEmpty();
            assertThat(property.get("description")).as(field + " description").isNotNull();
            if (isRequired(component)) {
              assertThat(required).as(field + " required").contains(component.getName());
            }
            if (annotated(component, PositiveInteger.class)) {
              assertThat(property.get("$ref")).as(field).isEqualTo("#/components/schemas/Id");
            }
            if (annotated(component, NanpPhoneNumber.class)) {
              assertThat(property.get("$ref"))
                  .as(field)
                  .isEqualTo("#/components/schemas/PhoneNumber");
            }
            Size size = findOnField(type, component, Size.class);
            if (size != null) {
              String key = component.getType() == List.class ? "maxItems" : "maxLength";
              assertThat(property.get(key)).as(field + " " + key).isEqualTo(size.max());
            }
          }
        });
  }

  private static boolean isRequired(RecordComponent component) {
    return annotated(component, NotNull.class)
        || annotated(component, NotBlank.class)
        || annotated(component, NotEmpty.class);
  }

  private static boolean annotated(
      RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
    return findOnField(component.getDeclaringRecord(), component, annotation) != null;
  }

  private static <A extends java.lang.annotation.Annotation> A findOnField(
      Class<?> type, RecordComponent component, Class<A> annotation) {
    try {
      AnnotatedElement field = type.getDeclaredField(component.getName());
      return field.getAnnotation(annotation);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * OpenAPI reads a pattern as a search anywhere in the value, while Bean Validation matches the
   * whole value, so a pattern copied from {@code @Pattern} must be anchored to mean the same. The
   * one exception is {@code \S}, SmallRye's rendering of {@code @NotBlank}, which is meant as a
   * search.
   */
  @Test
  void patternsMatchWholeValues() {
    List<String> patterns = new ArrayList<>();
    collectPatterns(document().getMap(""), patterns);

    assertThat(patterns).isNotEmpty();
    assertThat(patterns)
        .allSatisfy(
            pattern ->
                assertThat(
                        pattern.equals("\\S") || (pattern.startsWith("^") && pattern.endsWith("$")))
                    .as(pattern)
                    .isTrue());
  }

  private static void collectPatterns(Object node, List<String> patterns) {
    if (node instanceof Map<?, ?> object) {
      object.forEach(
          (key, value) -> {
            if ("pattern".equals(key) && value instanceof String pattern) {
              patterns.add(pattern);
            } else {
              collectPatterns(value, patterns);
            }
          });
    } else if (node instanceof List<?> items) {
      items.forEach(item -> collectPatterns(item, patterns));
    }
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
