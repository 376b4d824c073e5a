package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Replays the examples of the OpenAPI document against the gateway on the simulator, and fails when
 * a documented response differs from the one the gateway returns, or when the gateway sends a
 * header that the response does not document.
 *
 * <p>An example's name pairs its parts: the parameter values, request body and response that carry
 * the same name form one exchange. The operations run in {@link #STORY}, from the simulator's seed
 * data, because later examples use what earlier ones created (number 103, sub client 3). Request
 * ids and the creation times of new items differ on every run, so they are not compared.
 */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class OpenApiExamplesOnSimulatorTest extends SimulatorGatewayTest {

  /** The operations in the order their examples build on each other. */
  private static final List<String> STORY =
      List.of(
          "listActivityLogs",
          "listCarriers",
          "listSubaccounts",
          "listProviders",
          "listStates",
          "listRateCenters",
          "searchAvailableNumbers",
          "orderNumbers",
          "listNumbers",
          "getNumber",
          "routeNumbers",
          "setCallForward",
          "removeCallForward",
          "setCallForwards",
          "removeCallForwards",
          "createCarrier",
          "listSubClients",
          "createSubClient",
          "getSubClient",
          "replaceSubClient",
          "deleteSubClient");

  /** Examples that show only the first items of a longer list. */
  private static final Set<String> EXCERPTS = Set.of("searchAvailableNumbers/birmingham");

  /** The response headers the gateway itself sets, which the document must declare. */
  private static final List<String> GATEWAY_HEADERS =
      List.of(
          "X-Request-Id",
          "RateLimit",
          "RateLimit-Policy",
          "Retry-After",
          "Cache-Control",
          "Age",
          "Cache-Status",
          "Location",
          "Idempotency-Replayed",
          "WWW-Authenticate");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode document() throws Exception {
    String text = given().queryParam("format", "json").get("/q/openapi").asString();
    return JSON.readTree(text);
  }

  /** One operation of the document. */
  private record Operation(String method, String path, JsonNode node) {}

  private static Map<String, Operation> operationsById(JsonNode document) {
    Map<String, Operation> operations = new LinkedHashMap<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          JsonNode id = method.getValue().get("operationId");
                          if (id != null) {
                            operations.put(
                                id.asText(),
                                new Operation(
                                    method.getKey().toUpperCase(),
                                    path.getKey(),
                                    method.getValue()));
                          }
                        }));
    return operations;
  }

  @Test
  void operationExamplesMatchGateway() throws Exception {
    JsonNode document = document();
    Map<String, Operation> operations = operationsById(document);
    assertThat(STORY).containsExactlyInAnyOrderElementsOf(operations.keySet());

    List<String> mismatches = new ArrayList<>();
    for (String id : STORY) {
      Operation operation = operations.get(id);
      List<String> examples = exampleNames(operation);
      assertThat(examples).as(id + " examples").isNotEmpty();
      for (String example : examples) {
        replay(document, id, operation, example, mismatches);
      }
    }

    assertThat(mismatches).isEmpty();
  }

  @Test
  void sharedProblemExamplesMatchGateway() throws Exception {
    JsonNode responses = document().at("/components/responses");
    Map<String, Supplier<Response>> requests = new LinkedHashMap<>();
    requests.put(
        "InvalidRequest", () -> asDemo().header("X-Request-Id", "bad id").get("/v1/carriers"));
    requests.put("Unauthorized", () -> given().accept("application/json").get("/v1/carriers"));
    requests.put("NotFound", () -> asDemo().get("/v1/numbers/999"));
    requests.put("NotAcceptable", () -> asDemo().accept("text/plain").get("/v1/states"));
    requests.put(
        "UnsupportedMediaType",
        () -> asDemo().contentType("text/plain").body("numbers").post("/v1/orders"));
    requests.put(
        "PayloadTooLarge",
        () ->
            asDemo()
                .body(
                    Map.of(
                        "items",
                        IntStream.range(0, 101)
                            .mapToObj(i -> Map.of("numberId", 1000 + i, "number", "2055550198"))
                            .toList()))
                .post("/v1/call-forwards/removals"));
    requests.put(
        "IdempotencyKeyReused",
        () -> {
          order("2055550101").header("Idempotency-Key", "reused-key").post("/v1/orders");
          return order("2055550102").header("Idempotency-Key", "reused-key").post("/v1/orders");
        });
    requests.put(
        "UpstreamRejected",
        () -> {
          order("2055550100").post("/v1/orders");
          return order("2055550100").post("/v1/orders");
        });

    List<String> mismatches = new ArrayList<>();
    requests.forEach(
        (name, request) -> {
          JsonNode declared = responses.get(name);
          JsonNode examples = declared.at("/content/application~1problem+json/examples");
          JsonNode expected = examples.elements().next().get("value");
          Response actual = request.get();
          compare(name, expected, actual, false, mismatches);
          checkHeaders(name, declared, actual, responses, mismatches);
        });

    assertThat(mismatches).isEmpty();
  }

  private static RequestSpecification order(String number) {
    return asDemo()
        .body(
            Map.of(
                "numbers",
                List.of(Map.of("number", number, "providerId", "1", "tierType", "1121"))));
  }

  /**
   * Returns the names of the operation's examples: those that end in a success response first,
   * since the error examples of an operation may rely on what its success example created.
   */
  private static List<String> exampleNames(Operation operation) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode parameter : operation.node().path("parameters")) {
      parameter.path("examples").fieldNames().forEachRemaining(names::add);
    }
    operation
        .node()
        .at("/requestBody/content/application~1json/examples")
        .fieldNames()
        .forEachRemaining(names::add);
    operation
        .node()
        .path("responses")
        .forEach(
            response ->
                response
                    .path("content")
                    .forEach(
                        type -> type.path("examples").fieldNames().forEachRemaining(names::add)));
    List<String> ordered = new ArrayList<>();
    names.stream()
        .filter(name -> expectedStatus(operation, name).startsWith("2"))
        .forEach(ordered::add);
    names.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
    return ordered;
  }

  /**
   * Returns the status whose response shows the example, or the success status without a body (204)
   * when no response shows it.
   */
  private static String expectedStatus(Operation operation, String example) {
    Iterator<Map.Entry<String, JsonNode>> responses = operation.node().path("responses").fields();
    String bodyless = "none";
    while (responses.hasNext()) {
      Map.Entry<String, JsonNode> response = responses.next();
      for (JsonNode type : response.getValue().path("content")) {
        if (type.path("examples").has(example)) {
          return response.getKey();
        }
      }
      if (response.getKey().startsWith("2") && !response.getValue().has("content")) {
        bodyless = response.getKey();
      }
    }
    return bodyless;
  }

  private static void replay(
      JsonNode document, String id, Operation operation, String example, List<String> mismatches) {
    String label = id + "/" + example;
    RequestSpecification request = asDemo();
    String path = operation.path();
    for (JsonNode parameter : operation.node().path("parameters")) {
      JsonNode value = parameter.at("/examples/" + example + "/value");
      if (value.isMissingNode()) {
        continue;
      }
      String name = parameter.get("name").asText();
      switch (parameter.get("in").asText()) {
        case "path" -> path = path.replace("{" + name + "}", value.asText());
        case "query" -> request = request.queryParam(name, value.asText());
        case "header" -> request = request.header(name, value.asText());
        default -> mismatches.add(label + ": unexpected parameter location " + parameter);
      }
    }
    JsonNode body =
        operation
            .node()
            .at("/requestBody/content/application~1json/examples/" + example + "/value");
    if (!body.isMissingNode()) {
      request = request.body(body.toString());
    }

    Response actual = request.request(operation.method(), path);
    String status = expectedStatus(operation, example);
    if (!String.valueOf(actual.statusCode()).equals(status)) {
      mismatches.add(
          label
              + ": expected status "
              + status
              + " but got "
              + actual.statusCode()
              + " "
              + actual.asString());
      return;
    }
    JsonNode response = operation.node().path("responses").path(status);
    JsonNode expected = null;
    for (JsonNode type : response.path("content")) {
      if (type.path("examples").has(example)) {
        expected = type.path("examples").path(example).path("value");
      }
    }
    if (expected != null) {
      compare(label, expected, actual, EXCERPTS.contains(label), mismatches);
    }
    checkHeaders(label, response, actual, document.at("/components/responses"), mismatches);
  }

  private static void compare(
      String label, JsonNode expected, Response actual, boolean excerpt, List<String> mismatches) {
    JsonNode body;
    try {
      body = JSON.readTree(actual.asString());
    } catch (Exception e) {
      mismatches.add(label + ": the response is not JSON: " + actual.asString());
      return;
    }
    JsonNode want = normalize(expected.deepCopy());
    JsonNode got = normalize(body);
    if (excerpt && got.path("items").isArray()) {
      ArrayNode items = (ArrayNode) got.get("items");
      while (items.size() > want.path("items").size()) {
        items.remove(items.size() - 1);
      }
    }
    if (!want.equals(got)) {
      mismatches.add(label + ":\n  documented: " + want + "\n  returned:   " + got);
    }
  }

  /** Replaces the values that differ on every run: request ids and creation times. */
  private static JsonNode normalize(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("requestId")) {
        object.set("requestId", TextNode.valueOf("<request id>"));
      }
      if (object.has("createdAt") && object.get("createdAt").isTextual()) {
        object.set("createdAt", TextNode.valueOf("<time>"));
      }
      object.forEach(OpenApiExamplesOnSimulatorTest::normalize);
    } else if (node instanceof ArrayNode array) {
      array.forEach(OpenApiExamplesOnSimulatorTest::normalize);
    }
    return node;
  }

  /** Checks that every header the gateway sent is declared on the documented response. */
  private static void checkHeaders(
      String label,
      JsonNode response,
      Response actual,
      JsonNode sharedResponses,
      List<String> mismatches) {
    JsonNode declared = response;
    if (response.has("$ref")) {
      String name = response.get("$ref").asText().replace("#/components/responses/", "");
      declared = sharedResponses.path(name);
    }
    for (String header : GATEWAY_HEADERS) {
      if (actual.getHeader(header) != null && !declared.path("headers").has(header)) {
        mismatches.add(label + ": header " + header + " is sent but not documented");
      }
    }
  }
}
