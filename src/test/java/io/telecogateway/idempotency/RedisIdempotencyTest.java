package io.telecogateway.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IdempotencyProfiles.Redis.class)
class RedisIdempotencyTest extends IdempotencyContractTest {

  @Inject RedisDataSource redis;

  @Inject ReactiveRedisDataSource reactiveRedis;

  @Test
  void redisKeyHidesRawKey() {
    String id = newId();
    String key = "order-for-customer-4711-" + newKey();

    post(TestTenants.CALLER_KEY_A, key, "{\"id\":\"" + id + "\"}").then().statusCode(201);
    List<String> keys = new ArrayList<>();
    redis.key().scan().toIterable().forEach(keys::add);
    String expected = "teleco-gateway:idem:a:" + TestTenants.sha256Hex(key);
    String record = redis.value(String.class).get(expected);

    assertThat(keys).contains(expected);
    assertThat(keys).noneMatch(k -> k.contains(key));
    assertThat(record).isNotNull();
    assertThat(record).doesNotContain(key);
    assertThat(redis.key().pttl(expected)).isBetween(1L, Duration.ofHours(24).toMillis());
  }

  @Test
  void readinessIncludesRedis() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem(IdempotencyStoreReadinessCheck.NAME))
        .body(
            "checks.find { it.name == 'idempotency-store' }.data.backend",
            org.hamcrest.Matchers.is("redis"));
  }

  @Test
  void twoReplicasCannotBothClaim() {
    RecordKey key = new RecordKey("a", TestTenants.sha256Hex(newKey()));
    RedisIdempotencyStore first = newStore(Duration.ofMinutes(1), Duration.ofMinutes(1));
    RedisIdempotencyStore second = newStore(Duration.ofMinutes(1), Duration.ofMinutes(1));

    List<Uni<ClaimResult>> claims = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      claims.add((i % 2 == 0 ? first : second).claim(key, "fingerprint"));
    }
    List<ClaimResult> results =
        Uni.join().all(claims).andFailFast().await().atMost(Duration.ofSeconds(10));

    assertThat(results).filteredOn(r -> r instanceof ClaimResult.Acquired).hasSize(1);
    assertThat(results).filteredOn(r -> r instanceof ClaimResult.Existing).hasSize(19);
  }

  @Test
  void expiredClaimCanBeTakenOver() throws InterruptedException {
    RecordKey key = new RecordKey("a", TestTenants.sha256Hex(newKey()));
    RedisIdempotencyStore first = newStore(Duration.ofMinutes(1), Duration.ofMillis(200));
    RedisIdempotencyStore second = newStore(Duration.ofMinutes(1), Duration.ofMillis(200));
    StoredResponse response =
        new StoredResponse(201, "application/json", Map.of(), new byte[] {'1'});

    Claim stale = acquire(first.claim(key, "fingerprint"));
    ClaimResult whileHeld = second.claim(key, "fingerprint").await().indefinitely();
    Thread.sleep(400);
    Claim fresh = acquire(second.claim(key, "fingerprint"));
    boolean staleStored = first.complete(stale, response).await().indefinitely();
    first.release(stale).await().indefinitely();
    boolean freshStored = second.complete(fresh, response).await().indefinitely();
    ClaimResult after = first.claim(key, "fingerprint").await().indefinitely();

    assertThat(whileHeld).isInstanceOf(ClaimResult.Existing.class);
    assertThat(staleStored).isFalse();
    assertThat(freshStored).isTrue();
    assertThat(after).isInstanceOf(ClaimResult.Existing.class);
    assertThat(((ClaimResult.Existing) after).record().response().status()).isEqualTo(201);
  }

  @Test
  void releaseFreesKey() {
    RecordKey key = new RecordKey("a", TestTenants.sha256Hex(newKey()));
    RedisIdempotencyStore store = newStore(Duration.ofMinutes(1), Duration.ofMinutes(1));

    Claim claim = acquire(store.claim(key, "fingerprint"));
    store.release(claim).await().indefinitely();
    ClaimResult again = store.claim(key, "fingerprint").await().indefinitely();

    assertThat(again).isInstanceOf(ClaimResult.Acquired.class);
  }

  private RedisIdempotencyStore newStore(Duration ttl, Duration inFlightTimeout) {
    return new RedisIdempotencyStore(reactiveRedis, ttl, inFlightTimeout, System::nanoTime);
  }

  private static Claim acquire(Uni<ClaimResult> claim) {
    ClaimResult result = claim.await().indefinitely();
    assertThat(result).isInstanceOf(ClaimResult.Acquired.class);
    return ((ClaimResult.Acquired) result).claim();
  }
}
