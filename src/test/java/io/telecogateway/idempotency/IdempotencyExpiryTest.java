package io.telecogateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * {@code gateway.idempotency.ttl}, which the subclasses' profiles set to one second, on each
 * backend.
 */
abstract class IdempotencyExpiryTest {

  @Inject InvocationCounter counter;

  @Test
  void expiredKeyRunsAgain() throws InterruptedException {
    String id = IdempotencyContractTest.newId();
    String key = IdempotencyContractTest.newKey();
    String body = "{\"id\":\"" + id + "\"}";

    Response first = IdempotencyContractTest.post(TestTenants.CALLER_KEY_A, key, body);
    Response replayed = IdempotencyContractTest.post(TestTenants.CALLER_KEY_A, key, body);
    Thread.sleep(1_500);
    Response afterTtl = IdempotencyContractTest.post(TestTenants.CALLER_KEY_A, key, body);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(replayed.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(afterTtl.statusCode()).isEqualTo(201);
    assertThat(afterTtl.header("Idempotency-Replayed")).isNull();
    assertThat(afterTtl.jsonPath().getInt("invocation")).isEqualTo(2);
    assertThat(counter.count(id)).isEqualTo(2);
  }
}
