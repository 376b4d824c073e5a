package io.telecogateway.simulator;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With the default configuration the simulator serves nothing. */
@QuarkusTest
class SimulatorDisabledTest {

  @Test
  void apiNotServedWhenDisabled() {
    given()
        .auth()
        .preemptive()
        .basic("demo", SimulatorTestSupport.DEMO_KEY)
        .get("/api/carriers")
        .then()
        .statusCode(404);
  }

  @Test
  void controlNotServedWhenDisabled() {
    given().post("/simulator/reset").then().statusCode(404);
  }
}
