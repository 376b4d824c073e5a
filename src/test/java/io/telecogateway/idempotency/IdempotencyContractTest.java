package io.telecogateway.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The idempotency contract, end to end through a {@code /v1} test resource. Each backend runs it in
 * a subclass with its own profile.
 */
abstract class IdempotencyContractTest {

  static final String PATH = "/v1/test-idempotency";

  @Inject InvocationCounter counter;

  @TestHTTPResource("/")
  URL baseUrl;

  @Test
  void repeatReplaysStoredResponse() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\"}";

    Response first = post(TestTenants.CALLER_KEY_A, key, body, "first-request");
    Response second = post(TestTenants.CALLER_KEY_A, key, body, "second-request");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.header("Idempotency-Replayed")).isNull();
    assertThat(first.jsonPath().getInt("invocation")).isEqualTo(1);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(second.asString()).isEqualTo(first.asString());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(second.header("Location")).endsWith(PATH + "/" + id);
    assertThat(second.contentType()).isEqualTo(first.contentType());
    assertThat(second.contentType()).startsWith("application/json");
    assertThat(second.header("X-Request-Id")).isEqualTo("second-request");
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void differentBodyIsRejected() {
    String firstId = newId();
    String secondId = newId();
    String key = newKey();

    post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + firstId + "\"}").then().statusCode(201);
    Response reused = post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + secondId + "\"}");

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(reused.jsonPath().getString("code")).isEqualTo("idempotency_key_reused");
    assertThat(counter.count(firstId)).isEqualTo(1);
    assertThat(counter.count(secondId)).isZero();
  }

  @Test
  void otherPathIsRejected() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\"}";

    post(TestTenants.CALLER_KEY_A, key, body).then().statusCode(201);
    Response reused = caller(TestTenants.CALLER_KEY_A, key).body(body).post(PATH + "/other");

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.jsonPath().getString("code")).isEqualTo("idempotency_key_reused");
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void reorderedJsonReplays() {
    String id = newId();
    String key = newKey();
    String compact =
        "{\"id\":\"" + id + "\",\"extra\":{\"b\":1.50,\"a\":[1,{\"y\":true,\"x\":null}]}}";
    String reordered =
        "{\n  \"extra\" : { \"a\" : [ 1, { \"x\" : null, \"y\" : true } ], \"b\" : 1.50 },\n"
            + "  \"id\" : \""
            + String.format("\\u%04X", (int) id.charAt(0))
            + id.substring(1)
            + "\"\n}";

    Response first = post(TestTenants.CALLER_KEY_A, key, compact);
    Response second = post(TestTenants.CALLER_KEY_A, key, reordered);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void numberWrittenDifferentlyIsRejected() {
    String id = newId();
    String key = newKey();

    post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + id + "\",\"n\":1}").then().statusCode(201);
    Response reused = post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + id + "\",\"n\":1.0}");

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void keyInFlightIsRejected() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\",\"delayMs\":1500}";

    CompletableFuture<Response> first =
        CompletableFuture.supplyAsync(() -> post(TestTenants.CALLER_KEY_A, key, body));
    await().atMost(Duration.ofSeconds(5)).until(() -> counter.count(id) == 1);
    Response during = post(TestTenants.CALLER_KEY_A, key, body);
    Response firstResponse = first.join();
    Response after = post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(during.statusCode()).isEqualTo(409);
    assertThat(during.jsonPath().getString("code")).isEqualTo("idempotency_key_in_use");
    assertThat(during.header("Retry-After")).isEqualTo("1");
    assertThat(firstResponse.statusCode()).isEqualTo(201);
    assertThat(after.statusCode()).isEqualTo(201);
    assertThat(after.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(after.asString()).isEqualTo(firstResponse.asString());
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void malformedKeysAreRejected() throws Exception {
    String id = newId();
    String body = "{\"id\":\"" + id + "\"}";
    List<String> invalidKeys = List.of("", "a".repeat(256), "two words");

    for (String invalid : invalidKeys) {
      Response response = post(TestTenants.CALLER_KEY_A, invalid, body);
      assertThat(response.statusCode()).as("key %s", invalid).isEqualTo(400);
      assertInvalidKeyProblem(invalid, response.asString());
    }
    byte[][] rawHeaders = {
      "Idempotency-Key: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1),
      "Idempotency-Key: tab\there".getBytes(StandardCharsets.ISO_8859_1),
      "Idempotency-Key: one\r\nIdempotency-Key: two".getBytes(StandardCharsets.ISO_8859_1),
    };
    for (byte[] header : rawHeaders) {
      RawHttp.RawResponse response =
          RawHttp.post(baseUrl.getPort(), PATH, TestTenants.CALLER_KEY_A, header, body);
      String headerText = new String(header, StandardCharsets.ISO_8859_1);
      assertThat(response.status()).as("header %s", headerText).isEqualTo(400);
      assertInvalidKeyProblem(headerText, response.body());
    }
    assertThat(counter.count(id)).isZero();
  }

  @Test
  void longestKeyIsAccepted() {
    String id = newId();
    String key = "k".repeat(219) + UUID.randomUUID();

    Response first = post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + id + "\"}");
    Response second = post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + id + "\"}");

    assertThat(key).hasSize(255);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void internalErrorIsNotStored() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\",\"outcome\":\"internal-error\"}";

    Response first = post(TestTenants.CALLER_KEY_A, key, body);
    Response second = post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(first.statusCode()).isEqualTo(500);
    assertThat(first.jsonPath().getString("code")).isEqualTo("internal_error");
    assertThat(second.statusCode()).isEqualTo(500);
    assertThat(second.header("Idempotency-Replayed")).isNull();
    assertThat(counter.count(id)).isEqualTo(2);
  }

  @Test
  void unavailableBeforeSendingIsNotStored() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\",\"outcome\":\"breaker-open\"}";

    Response first = post(TestTenants.CALLER_KEY_A, key, body);
    Response second = post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(second.header("Idempotency-Replayed")).isNull();
    assertThat(counter.count(id)).isEqualTo(2);
  }

  @Test
  void outcomeUnknownIsReplayed() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\",\"outcome\":\"outcome-unknown\"}";

    Response first = post(TestTenants.CALLER_KEY_A, key, body);
    Response second = post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(first.statusCode()).isEqualTo(504);
    assertThat(first.jsonPath().getString("code")).isEqualTo("upstream_outcome_unknown");
    assertThat(second.statusCode()).isEqualTo(504);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(second.contentType()).startsWith("application/problem+json");
    assertThat(second.contentType()).isEqualTo(first.contentType());
    assertThat(second.asString()).isEqualTo(first.asString());
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void providerRejectionIsReplayed() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\",\"outcome\":\"rejected\"}";

    Response first = post(TestTenants.CALLER_KEY_A, key, body);
    Response second = post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(first.jsonPath().getString("code")).isEqualTo("upstream_rejected");
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void invalidJsonErrorIsReplayed() {
    String key = newKey();
    String body = "{\"id\": not json";

    Response first = post(TestTenants.CALLER_KEY_A, key, body);
    Response second = post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(first.jsonPath().getString("code")).isEqualTo("invalid_request");
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(second.asString()).isEqualTo(first.asString());
  }

  @Test
  void concurrentRepeatsRunOnce() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\",\"delayMs\":500}";
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/$", "") + PATH))
            .header("Authorization", "Bearer " + TestTenants.CALLER_KEY_A)
            .header("Idempotency-Key", key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();

    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();
    Response retry = post(TestTenants.CALLER_KEY_A, key, body);

    // Every response is either the one stored response (the first run or a replay) or 409.
    assertThat(counter.count(id)).isEqualTo(1);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
    String stored = retry.asString();
    int ran = 0;
    for (HttpResponse<String> response : responses) {
      assertThat(response.statusCode()).isIn(201, 409);
      if (response.statusCode() == 201) {
        assertThat(response.body()).isEqualTo(stored);
        if (response.headers().firstValue("Idempotency-Replayed").isEmpty()) {
          ran++;
        }
      } else {
        assertThat(response.body()).contains("\"code\":\"idempotency_key_in_use\"");
      }
    }
    assertThat(ran).isEqualTo(1);
  }

  @Test
  void tenantsHaveSeparateKeys() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\"}";

    Response fromA = post(TestTenants.CALLER_KEY_A, key, body);
    Response fromB = post(TestTenants.CALLER_KEY_B, key, body);

    assertThat(fromA.statusCode()).isEqualTo(201);
    assertThat(fromB.statusCode()).isEqualTo(201);
    assertThat(fromA.jsonPath().getString("tenant")).isEqualTo("a");
    assertThat(fromB.jsonPath().getString("tenant")).isEqualTo("b");
    assertThat(fromB.header("Idempotency-Replayed")).isNull();
    assertThat(counter.count(id)).isEqualTo(2);
  }

  @Test
  void requestWithoutKeyPassesThrough() {
    String id = newId();
    String body = "{\"id\":\"" + id + "\"}";

    Response first = caller(TestTenants.CALLER_KEY_A, null).body(body).post(PATH);
    Response second = caller(TestTenants.CALLER_KEY_A, null).body(body).post(PATH);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.header("Idempotency-Replayed")).isNull();
    assertThat(counter.count(id)).isEqualTo(2);
  }

  @Test
  void putIgnoresKey() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\"}";

    Response first = caller(TestTenants.CALLER_KEY_A, key).body(body).put(PATH);
    Response second = caller(TestTenants.CALLER_KEY_A, key).body(body).put(PATH);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.header("Idempotency-Replayed")).isNull();
    assertThat(counter.count(id)).isEqualTo(2);
  }

  @Test
  void unauthenticatedRequestClaimsNothing() {
    String id = newId();
    String key = newKey();
    String body = "{\"id\":\"" + id + "\"}";

    Response rejected = caller("unknown-caller-key", key).body(body).post(PATH);
    Response accepted = post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(rejected.statusCode()).isEqualTo(401);
    assertThat(accepted.statusCode()).isEqualTo(201);
    assertThat(accepted.header("Idempotency-Replayed")).isNull();
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void resourceWithoutBodyReplays() {
    String id = newId();
    String key = newKey();

    Response first = caller(TestTenants.CALLER_KEY_A, key).post(PATH + "/no-body/" + id);
    Response second = caller(TestTenants.CALLER_KEY_A, key).post(PATH + "/no-body/" + id);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(second.asString()).isEqualTo(first.asString());
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void largeBodyReplays() {
    String id = newId();
    String key = newKey();
    // Larger than RESTEasy Reactive's in-memory input buffer, so the body arrives as a stream.
    String body = "{\"id\":\"" + id + "\",\"padding\":\"" + "x".repeat(200_000) + "\"}";

    Response first = post(TestTenants.CALLER_KEY_A, key, body);
    Response second = post(TestTenants.CALLER_KEY_A, key, body);
    Response changed = post(TestTenants.CALLER_KEY_A, key, body.replace("xxx\"}", "xxy\"}"));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.jsonPath().getString("id")).isEqualTo(id);
    assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(changed.statusCode()).isEqualTo(422);
    assertThat(counter.count(id)).isEqualTo(1);
  }

  static String newId() {
    return "req-" + UUID.randomUUID();
  }

  static String newKey() {
    return UUID.randomUUID().toString();
  }

  static RequestSpecification caller(String callerKey, String idempotencyKey) {
    RequestSpecification spec =
        given().header("Authorization", "Bearer " + callerKey).contentType(ContentType.JSON);
    if (idempotencyKey != null) {
      spec.header("Idempotency-Key", idempotencyKey);
    }
    return spec;
  }

  static Response post(String callerKey, String idempotencyKey, String body) {
    return caller(callerKey, idempotencyKey).body(body).post(PATH);
  }

  static Response post(String callerKey, String idempotencyKey, String body, String requestId) {
    return caller(callerKey, idempotencyKey)
        .header("X-Request-Id", requestId)
        .body(body)
        .post(PATH);
  }

  private static void assertInvalidKeyProblem(String sent, String problem) {
    assertThat(problem).as("response to %s", sent).contains("\"code\":\"invalid_request\"");
    assertThat(problem).as("response to %s", sent).contains("\"field\":\"Idempotency-Key\"");
    assertThat(problem).as("response to %s", sent).contains("Header Idempotency-Key");
  }
}
