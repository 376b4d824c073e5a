package io.telecogateway.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The Redis backend with nothing listening: keyed writes fail closed, and readiness is down. */
@QuarkusTest
@TestProfile(IdempotencyProfiles.RedisUnreachable.class)
class RedisUnreachableTest {

  @Inject InvocationCounter counter;

  @Test
  void keyedWriteFailsClosed() {
    String id = IdempotencyContractTest.newId();

    Response response =
        IdempotencyContractTest.post(
            TestTenants.CALLER_KEY_A, IdempotencyContractTest.newKey(), "{\"id\":\"" + id + "\"}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.jsonPath().getString("code")).isEqualTo("internal_error");
    assertThat(response.jsonPath().getString("detail")).contains("idempotency store");
    assertThat(counter.count(id)).isZero();
  }

  @Test
  void writeWithoutKeyRuns() {
    String id = IdempotencyContractTest.newId();

    Response response =
        IdempotencyContractTest.caller(TestTenants.CALLER_KEY_A, null)
            .body("{\"id\":\"" + id + "\"}")
            .post(IdempotencyContractTest.PATH);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(counter.count(id)).isEqualTo(1);
  }

  @Test
  void readinessIsDown() {
    Response health = given().get("/q/health/ready");

    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.jsonPath().getString("checks.find { it.name == 'idempotency-store' }.status"))
        .isEqualTo("DOWN");
  }
}
