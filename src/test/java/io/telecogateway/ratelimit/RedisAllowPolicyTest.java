package io.telecogateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.telecogateway.testsupport.RedisServerResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code on-store-failure=allow} over HTTP, with Redis stopped mid-test. */
@QuarkusTest
@TestProfile(RedisProfile.Allow.class)
class RedisAllowPolicyTest {

  @Inject ProbeResources.Calls calls;

  @Test
  void stoppedRedisAdmitsUnchecked() {
    calls.reset();
    probe().then().statusCode(200).header("RateLimit", "\"tenant\";r=2;t=20");

    RedisServerResource.server().stop();

    // Far beyond the burst of 3: nothing is checked while Redis is away.
    for (int i = 0; i < 10; i++) {
      probe()
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", "\"tenant\";q=3;w=60")
          .header("RateLimit", nullValue());
    }
    assertThat(calls.probe.get()).isEqualTo(11);
  }

  private static Response probe() {
    return given().header("Authorization", "Bearer acme-key").get("/v1/rate-limit-probe");
  }
}
