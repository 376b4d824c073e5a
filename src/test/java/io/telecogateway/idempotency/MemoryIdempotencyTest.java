package io.telecogateway.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IdempotencyProfiles.Memory.class)
class MemoryIdempotencyTest extends IdempotencyContractTest {

  @RedisConnectionRecorder.Connections AtomicInteger redisConnections;

  @Test
  void memoryBackendNeverConnectsToRedis() {
    String id = newId();
    String key = newKey();

    post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + id + "\"}").then().statusCode(201);
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem(IdempotencyStoreReadinessCheck.NAME));

    assertThat(counter.count(id)).isEqualTo(1);
    assertThat(redisConnections).isNotNull();
    assertThat(redisConnections.get()).isZero();
  }

  @Test
  void openApiDocumentsKeyOnPost() {
    io.restassured.response.Response document = given().get("/q/openapi?format=json");
    String post = "paths.'" + PATH + "'.post";
    String put = "paths.'" + PATH + "'.put";

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.jsonPath().getList(post + ".parameters.name")).contains("Idempotency-Key");
    assertThat(document.jsonPath().getMap(post + ".responses")).containsKeys("409", "422");
    assertThat(document.jsonPath().getList(put + ".parameters.name"))
        .doesNotContain("Idempotency-Key");
  }
}
