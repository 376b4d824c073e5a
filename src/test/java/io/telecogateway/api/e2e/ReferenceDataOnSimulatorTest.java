package io.telecogateway.api.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Providers, states and rate centers on the simulator. Upstream call counts are not checked here,
 * so that these tests stay valid when reference data is cached.
 */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class ReferenceDataOnSimulatorTest extends SimulatorGatewayTest {

  @Test
  void getProvidersListsSeedProviders() {
    asDemo()
        .get("/v1/providers")
        .then()
        .statusCode(200)
        .body("items.id", contains("1", "2"))
        .body("items.name", contains("Northwind Telecom", "Contoso Voice"));
  }

  @Test
  void getStatesListsCodesAndNames() {
    asDemo()
        .get("/v1/states")
        .then()
        .statusCode(200)
        .body("items.code", contains("AL", "CA", "FL", "NY", "TX"))
        .body("items[0].name", equalTo("Alabama"));
  }

  @Test
  void getRateCentersLowerCaseState() {
    asDemo()
        .get("/v1/states/al/rate-centers")
        .then()
        .statusCode(200)
        .body("items.name", contains("BIRMINGHAM", "HUNTSVILLE", "MOBILE"))
        .body("items.state", hasItem("AL"));
  }

  @Test
  void getRateCentersUnknownState() {
    asDemo()
        .get("/v1/states/ZZ/rate-centers")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("not_found"));
  }
}
