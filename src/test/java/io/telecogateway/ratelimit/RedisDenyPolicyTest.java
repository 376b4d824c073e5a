package io.telecogateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.telecogateway.testsupport.RedisServerResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code on-store-failure=deny} over HTTP, with Redis stopped mid-test. */
@QuarkusTest
@TestProfile(RedisProfile.Deny.class)
class RedisDenyPolicyTest {

  @Inject ProbeResources.Calls calls;

  @Test
  void stoppedRedisRejects() {
    calls.reset();
    probe().then().statusCode(200).header("RateLimit", "\"tenant\";r=2;t=20");

    RedisServerResource.server().stop();

    probe()
        .then()
        .statusCode(429)
        .body("code", equalTo("rate_limited"))
        .body(
            "detail",
            equalTo("The rate limit of tenant acme could not be checked; retry after 1 second."))
        .header("Retry-After", "1")
        .header("RateLimit-Policy", "\"tenant\";q=3;w=60")
        .header("RateLimit", nullValue());
    assertThat(calls.probe.get()).isEqualTo(1);
  }

  private static Response probe() {
    return given().header("Authorization", "Bearer acme-key").get("/v1/rate-limit-probe");
  }
}
