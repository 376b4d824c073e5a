package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Requests shared by the tests of the gateway on the simulator. Each test starts from the
 * simulator's seed data with its call counts at zero.
 */
abstract class SimulatorGatewayTest {

  @BeforeEach
  void resetSimulator() {
    given().post("/simulator/reset").then().statusCode(200);
  }

  static RequestSpecification asDemo() {
    return as(SimulatorGatewayProfile.DEMO_CALLER_KEY);
  }

  static RequestSpecification asAcme() {
    return as(SimulatorGatewayProfile.ACME_CALLER_KEY);
  }

  static RequestSpecification asGlobex() {
    return as(SimulatorGatewayProfile.GLOBEX_CALLER_KEY);
  }

  static RequestSpecification as(String callerKey) {
    return given()
        .header("Authorization", "Bearer " + callerKey)
        .accept(ContentType.JSON)
        .contentType(ContentType.JSON);
  }

  /** Returns the simulator's call counts, keyed by method and path template. */
  static Map<String, Integer> upstreamCalls() {
    return given().get("/simulator/calls").then().statusCode(200).extract().jsonPath().getMap("");
  }
}
