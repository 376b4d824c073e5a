package io.telecogateway.cache;

import static io.restassured.RestAssured.given;
import static io.telecogateway.cache.CacheProfile.ACME_ACCOUNT;
import static io.telecogateway.cache.CacheProfile.ACME_API_KEY;
import static io.telecogateway.cache.CacheProfile.ACME_KEY;
import static io.telecogateway.cache.CacheProfile.GLOBEX_KEY;
import static io.telecogateway.cache.TelecoStubs.ALABAMA;
import static io.telecogateway.cache.TelecoStubs.BIRMINGHAM;
import static io.telecogateway.cache.TelecoStubs.STATES;
import static io.telecogateway.cache.TelecoStubs.data;
import static io.telecogateway.cache.TelecoStubs.json;
import static io.telecogateway.cache.TelecoStubs.rateCenters;
import static io.telecogateway.cache.TelecoStubs.stub;
import static io.telecogateway.cache.TelecoStubs.verifyCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.upstream.InjectWireMock;
import io.telecogateway.upstream.UpstreamRateCenter;
import io.telecogateway.upstream.UpstreamState;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cache on the Redis backend, on a real {@code redis-server}. A second {@link
 * ReferenceDataCache} built on the same Redis stands for a second replica.
 */
@QuarkusTest
@TestProfile(CacheProfile.Redis.class)
class RedisCachedReferenceDataTest {

  private static final String ACME_STATES_KEY = "teleco-gateway:cache:states:acme-teleco";
  private static final TelecoAccount ACME = TelecoAccount.withApiKey(ACME_ACCOUNT, ACME_API_KEY);

  @InjectWireMock WireMockServer wireMock;

  @Inject ReferenceDataCache cache;
  @Inject ManualCacheClock clock;
  @Inject GatewayConfig config;
  @Inject ReactiveRedisDataSource reactiveRedis;
  @Inject RedisDataSource redis;

  @BeforeEach
  void reset() {
    TelecoStubs.warmUp(wireMock);
    wireMock.resetAll();
    for (CacheKind kind : CacheKind.values()) {
      cache.invalidate(kind).await().indefinitely();
    }
  }

  @Test
  void entryLayoutInRedis() {
    stub(wireMock, STATES, data(ALABAMA));

    states(ACME_KEY).then().statusCode(200);
    String value = redis.value(String.class).get(ACME_STATES_KEY);
    long expiryMillis = redis.key().pttl(ACME_STATES_KEY);

    assertThat(value)
        .isEqualTo(
            "{\"fetchedAt\":\""
                + clock.now()
                + "\",\"items\":[{\"state_id\":\"AL\",\"name\":\"Alabama\"}]}");
    // The TTL (24h) plus max-stale (7d), less the moments since the write.
    assertThat(expiryMillis)
        .isBetween(Duration.ofDays(8).minusMinutes(1).toMillis(), Duration.ofDays(8).toMillis());
  }

  @Test
  void secondInstanceReadsFirstEntry() {
    stub(wireMock, STATES, data(ALABAMA));
    states(ACME_KEY).then().statusCode(200);
    FakeTeleco teleco = new FakeTeleco(Map.of());
    clock.advance(Duration.ofMinutes(1));

    CachedItems<UpstreamState> read = secondInstance(teleco).states(ACME).await().indefinitely();

    assertThat(read.items()).containsExactly(new UpstreamState("AL", "Alabama"));
    assertThat(read.status().outcome()).isEqualTo(CacheOutcome.HIT);
    assertThat(read.status().ageSeconds()).isEqualTo(60);
    assertThat(teleco.calls()).isZero();
    verifyCalls(wireMock, 1, STATES);
  }

  @Test
  void gatewayReadsSecondInstanceEntry() {
    FakeTeleco teleco =
        new FakeTeleco(Map.of("listRateCenters", List.of(new UpstreamRateCenter("MOBILE", "AL"))));

    CachedItems<UpstreamRateCenter> loaded =
        secondInstance(teleco).rateCenters(ACME, "al").await().indefinitely();
    Response read =
        given().header("Authorization", "Bearer " + ACME_KEY).get("/v1/states/AL/rate-centers");

    assertThat(loaded.status().outcome()).isEqualTo(CacheOutcome.MISS);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.jsonPath().getList("items.name")).containsExactly("MOBILE");
    assertThat(read.header("Cache-Status")).startsWith("teleco-gateway; hit");
    assertThat(teleco.calls()).isEqualTo(1);
    verifyCalls(wireMock, 0, rateCenters("AL"));
  }

  @Test
  void staleServedFromRedis() {
    stub(wireMock, STATES, data(ALABAMA));
    states(ACME_KEY).then().statusCode(200);
    stub(wireMock, STATES, json(503, ""));
    clock.advance(Duration.ofDays(3));

    Response stale = states(ACME_KEY);

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.header("Cache-Status"))
        .isEqualTo(
            "teleco-gateway; fwd=stale; fwd-status=503; ttl=-172800;"
                + " detail=upstream_unavailable");
    verifyCalls(wireMock, 2, STATES);
  }

  @Test
  void concurrentColdRequestsCallOnce() {
    stub(wireMock, STATES, data(ALABAMA).withFixedDelay(250));

    List<HttpResponse<String>> responses = ConcurrentRequests.get(20, "/v1/states", ACME_KEY);

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    assertThat(ConcurrentRequests.cacheStatuses(responses))
        .containsOnlyOnce("teleco-gateway; fwd=miss; stored; ttl=86400");
    verifyCalls(wireMock, 1, STATES);
  }

  @Test
  void entryStoredAfterMissIsServed() {
    CacheSettings settings = CacheSettings.from(config.cache());
    RedisCacheStore redisStore = new RedisCacheStore(reactiveRedis, settings);
    CacheKey key = CacheKey.states(ACME_ACCOUNT);
    // The first read misses, and another replica stores the entry before this one's load starts.
    AtomicInteger reads = new AtomicInteger();
    CacheStore lateStore =
        new CacheStore() {
          @Override
          public Uni<CacheEntry> get(CacheKey read) {
            if (reads.incrementAndGet() == 1) {
              return redisStore
                  .put(
                      key, new CacheEntry(List.of(new UpstreamState("AL", "Alabama")), clock.now()))
                  .replaceWith((CacheEntry) null);
            }
            return redisStore.get(read);
          }

          @Override
          public Uni<Void> put(CacheKey written, CacheEntry entry) {
            return redisStore.put(written, entry);
          }

          @Override
          public Uni<Void> remove(CacheKey removed) {
            return redisStore.remove(removed);
          }

          @Override
          public Uni<Void> clear(CacheKind kind) {
            return redisStore.clear(kind);
          }
        };
    FakeTeleco teleco = new FakeTeleco(Map.of());
    ReferenceDataCache replica =
        new ReferenceDataCache(
            teleco.client(), lateStore, settings, clock, new SimpleMeterRegistry());

    CachedItems<UpstreamState> read = replica.states(ACME).await().indefinitely();

    assertThat(read.items()).containsExactly(new UpstreamState("AL", "Alabama"));
    assertThat(read.status().outcome()).isEqualTo(CacheOutcome.HIT);
    assertThat(teleco.calls()).isZero();
    assertThat(reads.get()).isEqualTo(2);
  }

  @Test
  void invalidationDeletesKindKeys() {
    stub(wireMock, STATES, data(ALABAMA));
    stub(wireMock, rateCenters("AL"), data(BIRMINGHAM));
    states(ACME_KEY).then().statusCode(200);
    states(GLOBEX_KEY).then().statusCode(200);
    given()
        .header("Authorization", "Bearer " + ACME_KEY)
        .get("/v1/states/AL/rate-centers")
        .then()
        .statusCode(200);

    cache.invalidate(CacheKind.STATES).await().indefinitely();

    assertThat(redis.key().exists(ACME_STATES_KEY)).isFalse();
    assertThat(redis.key().exists("teleco-gateway:cache:states:globex-teleco")).isFalse();
    assertThat(redis.key().exists("teleco-gateway:cache:rate-centers:acme-teleco:AL")).isTrue();
  }

  private ReferenceDataCache secondInstance(FakeTeleco teleco) {
    CacheSettings settings = CacheSettings.from(config.cache());
    return new ReferenceDataCache(
        teleco.client(),
        new RedisCacheStore(reactiveRedis, settings),
        settings,
        clock,
        new SimpleMeterRegistry());
  }

  private static Response states(String callerKey) {
    return given().header("Authorization", "Bearer " + callerKey).get("/v1/states");
  }
}
