package io.telecogateway.api.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class AccountOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void getSubaccountsListsSeed() {
    asDemo()
        .get("/v1/subaccounts")
        .then()
        .statusCode(200)
        .body("items.id", contains("1", "2"))
        .body("items.name", contains("Support line", "Sales line"));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("GET /api/sub_accounts", 1));
  }

  @Test
  void getActivityLogsNewestFirst() {
    asDemo()
        .get("/v1/activity-logs")
        .then()
        .statusCode(200)
        .body(
            "items.description",
            contains(
                "Set call forward on 2055550199 to 12125550150",
                "Routed 2055550199 to carrier 1 and sub account 1",
                "Ordered 2055550198, 2055550199"))
        .body("items[0].createdAt", equalTo("2026-01-06T10:25:00Z"))
        .body("items[0].id", matchesRegex("[0-9]+"));

    assertThat(upstreamCalls()).containsExactlyEntriesOf(Map.of("GET /api/activities_logs", 1));
  }
}
