package io.telecogateway.simulator;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;

/**
 * Requests and seed values shared by the simulator tests. The seed values are written out here
 * rather than read from the simulator, so that a change to the seed data fails a test.
 */
abstract class SimulatorTestSupport {

  static final String DEMO_KEY = "5d1c0e2a9b7f4c3e8a6f0b1d2c3e4f5a6b7c8d9e";
  static final String ACME_KEY = "acme:kéy/ü+=0123456789";
  static final String GLOBEX_KEY = "globex-api-key-7f3a9c";

  @BeforeEach
  void resetSimulator() {
    given().post("/simulator/reset").then().statusCode(200);
  }

  /**
   * Sends preemptive Basic credentials. REST Assured 5.5.6 encodes them as ISO-8859-1, so use this
   * only for ASCII keys.
   */
  static RequestSpecification as(String username, String apiKey) {
    return given()
        .auth()
        .preemptive()
        .basic(username, apiKey)
        .accept(ContentType.JSON)
        .contentType(ContentType.JSON);
  }

  static RequestSpecification asDemo() {
    return as("demo", DEMO_KEY);
  }

  static RequestSpecification asGlobex() {
    return as("globex", GLOBEX_KEY);
  }

  /** Sends the acme key, which contains a colon and non-ASCII characters, encoded as UTF-8. */
  static RequestSpecification asAcme() {
    return withAuthorization(basicHeader("acme", ACME_KEY, StandardCharsets.UTF_8));
  }

  static RequestSpecification withAuthorization(String header) {
    return given()
        .header("Authorization", header)
        .accept(ContentType.JSON)
        .contentType(ContentType.JSON);
  }

  static String basicHeader(String username, String apiKey, Charset charset) {
    byte[] credentials = (username + ":" + apiKey).getBytes(charset);
    return "Basic " + Base64.getEncoder().encodeToString(credentials);
  }

  /** Returns the body of a local number search by NPA or NPA-NXX prefix. */
  static String searchByPrefix(String prefix) {
    return "{\"search\":{\"search_type\":\"local_did\",\"npanxx\":\"true\",\"search_number\":\""
        + prefix
        + "\"}}";
  }

  /** Returns the body of an order for one local voice number of Northwind Telecom. */
  static String orderOf(String didNumber) {
    return "{\"numbers\":{\"0\":{\"did_number\":\""
        + didNumber
        + "\",\"provider_id\":1,\"tier_type\":1121,\"did_type\":\"voice\",\"quantity\":1}}}";
  }
}
