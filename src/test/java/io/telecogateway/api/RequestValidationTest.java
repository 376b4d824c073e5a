package io.telecogateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.telecogateway.upstream.InjectWireMock;
import io.telecogateway.upstream.TelecoWireMock;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid requests end with a problem naming each invalid field and value, before any call to
 * Teleco: WireMock, standing in for Teleco, must see no request at all.
 */
@QuarkusTest
@WithTestResource(TelecoWireMock.class)
class RequestValidationTest {

  /** The caller key of tenant acme in {@link TelecoWireMock}. */
  private static final String CALLER_KEY = "acme-caller-key";

  @InjectWireMock WireMockServer wireMock;

  private boolean upstreamCallExpected;

  @BeforeEach
  void resetWireMock() {
    wireMock.resetAll();
    upstreamCallExpected = false;
  }

  @AfterEach
  void verifyNoUpstreamCall() {
    if (!upstreamCallExpected) {
      wireMock.verify(0, anyRequestedFor(anyUrl()));
    }
  }

  /**
   * An invalid request and the problem it gets.
   *
   * @param fields the expected {@code errors[].field} values, in order
   * @param detail a text the problem's detail must contain, such as the rejected value
   */
  record Case(
      String name,
      String method,
      String path,
      String body,
      String code,
      List<String> fields,
      String detail) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> invalidRequests() {
    return Stream.of(
        new Case(
            "forward target not NANP",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{\"forwardTo\":\"+1 123 123 12321\"}",
            "invalid_phone_number",
            List.of("forwardTo"),
            "forwardTo '+1 123 123 12321' is not a valid NANP number"),
        new Case(
            "forward target missing",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{}",
            "invalid_request",
            List.of("forwardTo"),
            "forwardTo is required"),
        new Case(
            "forward target letters",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{\"forwardTo\":\"205-555-CALL\"}",
            "invalid_phone_number",
            List.of("forwardTo"),
            "'205-555-CALL'"),
        new Case(
            "forward number id not a number",
            "PUT",
            "/v1/numbers/abc/call-forward",
            "{\"forwardTo\":\"2055550123\"}",
            "invalid_request",
            List.of("id"),
            "id 'abc' must be a positive integer"),
        new Case(
            "order numbers not NANP",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{\"number\":\"911\",\"providerId\":1,\"tierType\":1121},"
                + "{\"number\":\"+44 20 7946 0958\",\"providerId\":1,\"tierType\":1121}]}",
            "invalid_phone_number",
            List.of("numbers[0].number", "numbers[1].number"),
            "numbers[1].number '+44 20 7946 0958' is not a valid NANP number"),
        new Case(
            "order ids not positive integers",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{\"number\":\"2055550123\",\"providerId\":\"abc\",\"tierType\":0}]}",
            "invalid_request",
            List.of("numbers[0].providerId", "numbers[0].tierType"),
            "numbers[0].providerId 'abc' must be a positive integer"),
        new Case(
            "order mixes phone and id errors",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{\"number\":\"123\",\"providerId\":-1,\"tierType\":1121}]}",
            "invalid_request",
            List.of("numbers[0].number", "numbers[0].providerId"),
            "numbers[0].number '123' is not a valid NANP number"),
        new Case(
            "order line fields missing",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{}]}",
            "invalid_request",
            List.of("numbers[0].number", "numbers[0].providerId", "numbers[0].tierType"),
            "numbers[0].number is required"),
        new Case(
            "order line null",
            "POST",
            "/v1/orders",
            "{\"numbers\":[null]}",
            "invalid_request",
            List.of("numbers[0]"),
            "numbers[0] is required"),
        new Case(
            "order empty",
            "POST",
            "/v1/orders",
            "{\"numbers\":[]}",
            "invalid_request",
            List.of("numbers"),
            "numbers must list at least one number"),
        new Case(
            "order did type and quantity",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{\"number\":\"2055550123\",\"providerId\":1,\"tierType\":1121,"
                + "\"didType\":\"sms\",\"quantity\":2}]}",
            "invalid_request",
            List.of("numbers[0].didType", "numbers[0].quantity"),
            "numbers[0].didType 'sms' must be voice or fax"),
        new Case(
            "order too many numbers",
            "POST",
            "/v1/orders",
            "{\"numbers\":[" + String.join(",", Collections.nCopies(101, orderLine())) + "]}",
            "invalid_request",
            List.of("numbers"),
            "numbers must list at most 100 numbers"),
        new Case(
            "route fields missing",
            "POST",
            "/v1/routes",
            "{\"routes\":[{\"number\":\"2055550123\",\"providerId\":1}]}",
            "invalid_request",
            List.of("routes[0].carrierId", "routes[0].subaccountId"),
            "routes[0].carrierId is required"),
        new Case(
            "route number not NANP",
            "POST",
            "/v1/routes",
            "{\"routes\":[{\"number\":\"4115551234\",\"providerId\":1,\"carrierId\":1,"
                + "\"subaccountId\":1}]}",
            "invalid_phone_number",
            List.of("routes[0].number"),
            "routes[0].number '4115551234' is not a valid NANP number"),
        new Case(
            "carrier fields missing",
            "POST",
            "/v1/carriers",
            "{\"username\":\"trunk-user\"}",
            "invalid_request",
            List.of("accountName", "providerId"),
            "providerId is required"),
        new Case(
            "carrier provider id decimal",
            "POST",
            "/v1/carriers",
            "{\"providerId\":1.5,\"accountName\":\"Backup\"}",
            "invalid_request",
            List.of("providerId"),
            "providerId '1.5' must be a positive integer"),
        new Case(
            "sub client fields missing",
            "POST",
            "/v1/sub-clients",
            "{\"enabled\":true}",
            "invalid_request",
            List.of("email", "name"),
            "name is required"),
        new Case(
            "sub client email invalid",
            "PUT",
            "/v1/sub-clients/1",
            "{\"name\":\"Acme\",\"email\":\"acme.test\"}",
            "invalid_request",
            List.of("email"),
            "email 'acme.test'"),
        new Case(
            "sub client id zero",
            "GET",
            "/v1/sub-clients/0",
            null,
            "invalid_request",
            List.of("id"),
            "id '0' must be a positive integer"),
        new Case(
            "sub client id negative",
            "DELETE",
            "/v1/sub-clients/-3",
            null,
            "invalid_request",
            List.of("id"),
            "id '-3' must be a positive integer"),
        new Case(
            "number id not a number",
            "GET",
            "/v1/numbers/12ab",
            null,
            "invalid_request",
            List.of("id"),
            "id '12ab' must be a positive integer"),
        new Case(
            "number id too large",
            "DELETE",
            "/v1/numbers/99999999999999999999/call-forward",
            null,
            "invalid_request",
            List.of("id"),
            "id '99999999999999999999' must be a positive integer"),
        new Case(
            "page and page size out of range",
            "GET",
            "/v1/numbers?page=0&pageSize=501",
            null,
            "invalid_request",
            List.of("page", "pageSize"),
            "pageSize '501' must be an integer from 1 to 500"),
        new Case(
            "page not a number",
            "GET",
            "/v1/numbers?page=two",
            null,
            "invalid_request",
            List.of("page"),
            "page 'two' must be a positive integer"),
        new Case(
            "rate centers of a three-letter state",
            "GET",
            "/v1/states/ALA/rate-centers",
            null,
            "invalid_request",
            List.of("state"),
            "state 'ALA' must be a two-letter state code"),
        new Case(
            "available numbers with bad query",
            "GET",
            "/v1/providers/1/available-numbers?type=mobile&prefix=20&state=A1",
            null,
            "invalid_request",
            List.of("prefix", "state", "type"),
            "type 'mobile' must be local, fax, tollfree or international"),
        new Case(
            "available numbers prefix with area code 1xx",
            "GET",
            "/v1/providers/1/available-numbers?prefix=123456",
            null,
            "invalid_request",
            List.of("prefix"),
            "prefix '123456'"),
        new Case(
            "available numbers of provider abc",
            "GET",
            "/v1/providers/abc/available-numbers",
            null,
            "invalid_request",
            List.of("providerId"),
            "providerId 'abc' must be a positive integer"));
  }

  private static String orderLine() {
    return "{\"number\":\"2055550123\",\"providerId\":1,\"tierType\":1121}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void invalidRequestNeverReachesTeleco(Case invalid) {
    RequestSpecification request = asAcme();
    if (invalid.body() != null) {
      request = request.contentType("application/json").body(invalid.body());
    }

    request
        .request(invalid.method(), invalid.path())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("code", equalTo(invalid.code()))
        .body("errors.field", contains(invalid.fields().toArray()))
        .body("detail", containsString(invalid.detail()));
  }

  static Stream<Case> malformedBodies() {
    return Stream.of(
        new Case(
            "body not JSON",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{\"forwardTo\":",
            "invalid_request",
            List.of(),
            "not valid JSON"),
        new Case(
            "member named twice",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{\"forwardTo\":\"2055550123\",\"forwardTo\":\"2055550124\"}",
            "invalid_request",
            List.of(),
            "duplicate member 'forwardTo'"),
        new Case(
            "member named twice in a record",
            "POST",
            "/v1/routes",
            "{\"routes\":[{\"number\":\"2055550123\",\"providerId\":1,\"carrierId\":1,"
                + "\"subaccountId\":1,\"subaccountId\":2}]}",
            "invalid_request",
            List.of(),
            "duplicate member 'subaccountId'"),
        new Case(
            "second value after the body",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{\"forwardTo\":\"2055550123\"} {\"forwardTo\":\"2055550124\"}",
            "invalid_request",
            List.of(),
            "exactly one JSON value"),
        new Case(
            "unknown field",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{\"forwardTo\":\"2055550123\",\"forward_to\":\"2055550123\"}",
            "invalid_request",
            List.of("forward_to"),
            "unknown field 'forward_to'"),
        new Case(
            "object where a string is expected",
            "PUT",
            "/v1/numbers/5/call-forward",
            "{\"forwardTo\":{\"number\":\"2055550123\"}}",
            "invalid_request",
            List.of("forwardTo"),
            "expected a string"),
        new Case(
            "text where a boolean is expected",
            "POST",
            "/v1/sub-clients",
            "{\"name\":\"Acme\",\"email\":\"a@acme.test\",\"enabled\":\"yes\"}",
            "invalid_request",
            List.of("enabled"),
            "'yes': expected true or false"),
        new Case(
            "number where a boolean is expected",
            "POST",
            "/v1/sub-clients",
            "{\"name\":\"Acme\",\"email\":\"a@acme.test\",\"enabled\":1}",
            "invalid_request",
            List.of("enabled"),
            "Field 'enabled' has an invalid value '1': expected true or false"),
        new Case(
            "quoted true where a boolean is expected",
            "POST",
            "/v1/carriers",
            "{\"providerId\":\"2\",\"accountName\":\"Trunk\",\"primary\":\"true\"}",
            "invalid_request",
            List.of("primary"),
            "Field 'primary' has an invalid value 'true': expected true or false"),
        new Case(
            "text where a whole number is expected",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{\"number\":\"2055550123\",\"providerId\":1,\"tierType\":1121,"
                + "\"quantity\":\"1\"}]}",
            "invalid_request",
            List.of("numbers[0].quantity"),
            "Field 'numbers[0].quantity' has an invalid value '1': expected a number"),
        new Case(
            "fraction where a whole number is expected",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{\"number\":\"2055550123\",\"providerId\":1,\"tierType\":1121,"
                + "\"quantity\":1.0}]}",
            "invalid_request",
            List.of("numbers[0].quantity"),
            "Field 'numbers[0].quantity' has an invalid value '1.0'"),
        new Case(
            "boolean where a string is expected",
            "POST",
            "/v1/carriers",
            "{\"providerId\":\"2\",\"accountName\":\"Trunk\",\"apiToken\":true}",
            "invalid_request",
            List.of("apiToken"),
            "Field 'apiToken' has an invalid value 'true': expected a string"),
        new Case(
            "object where a list is expected",
            "POST",
            "/v1/orders",
            "{\"numbers\":{\"0\":{\"number\":\"2055550123\"}}}",
            "invalid_request",
            List.of("numbers"),
            "expected an array"),
        new Case(
            "array body",
            "POST",
            "/v1/carriers",
            "[]",
            "invalid_request",
            List.of(),
            "expected an object"),
        new Case(
            "empty body",
            "POST",
            "/v1/sub-clients",
            "",
            "invalid_request",
            List.of(),
            "A JSON body is required"),
        new Case(
            "null body",
            "POST",
            "/v1/routes",
            "null",
            "invalid_request",
            List.of(),
            "A JSON body is required"),
        new Case(
            "number out of range",
            "POST",
            "/v1/orders",
            "{\"numbers\":[{\"number\":\"2055550123\",\"providerId\":1,\"tierType\":1121,"
                + "\"quantity\":99999999999}]}",
            "invalid_request",
            List.of("numbers[0].quantity"),
            "numbers[0].quantity' has an invalid value: the number is out of range"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void malformedBodyNeverReachesTeleco(Case malformed) {
    ValidatableResponse response =
        asAcme()
            .contentType("application/json")
            .body(malformed.body())
            .request(malformed.method(), malformed.path())
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("code", equalTo(malformed.code()))
            .body("detail", containsString(malformed.detail()));
    if (!malformed.fields().isEmpty()) {
      response.body("errors.field", contains(malformed.fields().toArray()));
    }
  }

  @Test
  void validForwardReachesTeleco() {
    upstreamCallExpected = true;
    wireMock.stubFor(
        post("/api/inventories/5/call_forward")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"result\":{\"message\":\"OK\",\"status\":200,\"error\":0},"
                            + "\"data\":{\"id\":5,\"did_number\":\"2055550123\","
                            + "\"forward_number\":\"12125550150\"}}")));

    asAcme()
        .contentType("application/json")
        .body("{\"forwardTo\":\"(212) 555-0150\"}")
        .put("/v1/numbers/5/call-forward")
        .then()
        .statusCode(200)
        .body("id", equalTo("5"))
        .body("number", equalTo("+12055550123"))
        .body("forwardTo", equalTo("+12125550150"));

    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/api/inventories/5/call_forward"))
            .withRequestBody(
                equalToJson("{\"call_forward\":{\"forward_number\":\"12125550150\"}}")));
    wireMock.verify(1, anyRequestedFor(anyUrl()));
  }

  private static RequestSpecification asAcme() {
    return given().header("Authorization", "Bearer " + CALLER_KEY).accept("application/json");
  }
}
