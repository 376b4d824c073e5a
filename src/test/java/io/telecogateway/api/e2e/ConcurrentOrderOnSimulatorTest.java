package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.telecogateway.testsupport.RedisServerResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty identical orders sent at once with one {@code Idempotency-Key} reach Teleco once, on each
 * state backend. The simulator delays the order's response, so the other requests arrive while the
 * first is in flight.
 */
abstract class ConcurrentOrderOnSimulatorTest extends SimulatorGatewayTest {

  private static final int REQUESTS = 50;
  private static final String ORDER =
      "{\"numbers\":[{\"number\":\"+12055550142\",\"providerId\":\"1\",\"tierType\":\"1121\"}]}";

  private ExecutorService pool;

  @BeforeEach
  void slowOrders() {
    pool = Executors.newFixedThreadPool(REQUESTS);
    given()
        .contentType("application/json")
        .body("{\"method\":\"POST\",\"path\":\"/api/orders\",\"kind\":\"slow\",\"delayMs\":500}")
        .post("/simulator/faults")
        .then()
        .statusCode(201);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void oneKeyOrdersOnce() throws Exception {
    String key = "concurrent-order-" + getClass().getSimpleName();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return asDemo().header("Idempotency-Key", key).body(ORDER).post("/v1/orders");
              }));
    }
    start.countDown();

    List<Response> created = new ArrayList<>();
    int inUse = 0;
    for (Future<Response> future : futures) {
      Response response = future.get();
      if (response.statusCode() == 201) {
        created.add(response);
      } else {
        assertThat(response.statusCode())
            .as("a request that was not the stored answer")
            .isEqualTo(409);
        assertThat(response.jsonPath().getString("code")).isEqualTo("idempotency_key_in_use");
        inUse++;
      }
    }

    assertThat(created).as("answers carrying the order").isNotEmpty();
    String body = created.get(0).asString();
    for (Response response : created) {
      assertThat(response.asString()).isEqualTo(body);
    }
    assertThat(created.size() + inUse).isEqualTo(REQUESTS);
    assertThat(upstreamCalls()).containsEntry("POST /api/orders", 1);

    // Once the first request finished, a retry gets the stored response without reaching Teleco.
    Response retry = asDemo().header("Idempotency-Key", key).body(ORDER).post("/v1/orders");
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(retry.asString()).isEqualTo(body);
    assertThat(upstreamCalls()).containsEntry("POST /api/orders", 1);
  }

  @QuarkusTest
  @TestProfile(SimulatorGatewayProfile.class)
  static class InMemory extends ConcurrentOrderOnSimulatorTest {}

  @QuarkusTest
  @TestProfile(OnRedis.Profile.class)
  static class OnRedis extends ConcurrentOrderOnSimulatorTest {

    /** The simulator profile with the Redis state backend on a throwaway redis-server. */
    public static class Profile extends SimulatorGatewayProfile {
      @Override
      public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RedisServerResource.class));
      }
    }
  }
}
