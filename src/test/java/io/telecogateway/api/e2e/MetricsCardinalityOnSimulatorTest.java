package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Paths a caller chooses never become metric labels, whatever the response status. */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class MetricsCardinalityOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void callerPathsStayOutOfMetrics() {
    for (int i = 0; i < 20; i++) {
      String id = "9" + (1_000_000 + i);
      asDemo().get("/v1/numbers/" + id);
      asDemo().patch("/v1/numbers/" + id);
      given().options("/v1/numbers/o" + id).then().statusCode(405);
      asDemo().header("Accept", "text/html").get("/v1/numbers/a" + id);
      given().get("/v1/numbers/u" + id);
      asDemo().get("/v1/nope/" + id);
    }

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics).contains("uri=\"/v1/numbers/{id}\"");
    assertThat(metrics).doesNotContain("91000000").doesNotContain("91000019");
  }
}
