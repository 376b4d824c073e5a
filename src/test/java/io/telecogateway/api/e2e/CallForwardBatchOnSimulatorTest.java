package io.telecogateway.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Batch call forwarding on the simulator. The demo account starts with number 101 (2055550198),
 * without a forward, and number 102 (2055550199), forwarded to 12125550150.
 */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class CallForwardBatchOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void batchSetsAndRemovesForwards() {
    asDemo()
        .body(
            Map.of(
                "items",
                List.of(
                    Map.of("numberId", 101, "number", "205.555.0198", "forwardTo", "2125550177"),
                    Map.of(
                        "numberId", "102", "number", "(205) 555-0199", "forwardTo", "2125550178"))))
        .post("/v1/call-forwards")
        .then()
        .statusCode(200)
        .body("summary.total", equalTo(2))
        .body("summary.succeeded", equalTo(2))
        .body("items.numberId", contains("101", "102"))
        .body("items.number", contains("+12055550198", "+12055550199"))
        .body("items.status", contains("succeeded", "succeeded"));

    asDemo()
        .get("/v1/numbers/101")
        .then()
        .statusCode(200)
        .body("forwardTo", equalTo("+12125550177"));
    asDemo()
        .get("/v1/numbers/102")
        .then()
        .statusCode(200)
        .body("forwardTo", equalTo("+12125550178"));

    asDemo()
        .body(
            Map.of(
                "items",
                List.of(
                    Map.of("numberId", 101, "number", "2055550198"),
                    Map.of("numberId", 102, "number", "2055550199"))))
        .post("/v1/call-forwards/removals")
        .then()
        .statusCode(200)
        .body("summary.succeeded", equalTo(2))
        .body("items.status", contains("succeeded", "succeeded"));

    asDemo().get("/v1/numbers/101").then().statusCode(200).body("forwardTo", nullValue());
    asDemo().get("/v1/numbers/102").then().statusCode(200).body("forwardTo", nullValue());
    Map<String, Integer> calls = upstreamCalls();
    assertThat(calls.get("POST /api/inventories/{inventory_id}/call_forward")).isEqualTo(2);
    assertThat(calls.get("DELETE /api/inventories/{inventory_id}/remove_call_forward.json"))
        .isEqualTo(2);
  }

  @Test
  void unknownNumberFailsOnlyItsItem() {
    asDemo()
        .body(
            Map.of(
                "items",
                List.of(
                    Map.of("numberId", 101, "number", "2055550198", "forwardTo", "2125550177"),
                    Map.of("numberId", 999, "number", "2055550100", "forwardTo", "2125550177"))))
        .post("/v1/call-forwards")
        .then()
        .statusCode(200)
        .body("summary.succeeded", equalTo(1))
        .body("summary.failed", equalTo(1))
        .body("items.status", contains("succeeded", "failed"))
        .body("items[1].error.code", equalTo("not_found"))
        .body("items[1].error.status", equalTo(404));

    asDemo()
        .get("/v1/numbers/101")
        .then()
        .statusCode(200)
        .body("forwardTo", equalTo("+12125550177"));
  }
}
