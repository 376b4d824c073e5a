package io.telecogateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.telecogateway.testsupport.RedisServerResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The rate limit over HTTP with the Redis backend; the last test stops Redis. */
@QuarkusTest
@TestProfile(RedisProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisRateLimitFilterTest {

  private static final String PROBE = "/v1/rate-limit-probe";

  @Inject ReactiveRedisDataSource redis;
  @Inject MeterRegistry registry;
  @Inject ProbeResources.Calls calls;

  @Test
  @Order(1)
  void bucketLivesInRedis() {
    calls.reset();
    probe("acme-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=2;t=20");
    probe("acme-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=1;t=40");
    probe("acme-key").then().statusCode(200).header("RateLimit", "\"tenant\";r=0;t=60");

    probe("acme-key")
        .then()
        .statusCode(429)
        .body("code", equalTo("rate_limited"))
        .header("Retry-After", "20")
        .header("RateLimit-Policy", "\"tenant\";q=3;w=60");

    assertThat(calls.probe.get()).isEqualTo(3);
    String tat = redis.value(String.class).get("teleco-gateway:rl:acme").await().indefinitely();
    assertThat(tat).matches("[0-9]+");
  }

  @Test
  @Order(2)
  void stoppedRedisFallsBackToLocalBuckets() {
    RedisServerResource.server().stop();

    // This replica's own bucket for acme is full: Redis's empty one is out of reach.
    for (int i = 0; i < 3; i++) {
      probe("acme-key").then().statusCode(200);
    }
    probe("acme-key").then().statusCode(429);

    assertThat(registry.get("gateway.ratelimit.store.failures").counter().count()).isEqualTo(4);
  }

  private static Response probe(String callerKey) {
    return given().header("Authorization", "Bearer " + callerKey).get(PROBE);
  }
}
