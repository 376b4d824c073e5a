package io.telecogateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig.RateLimit.StoreFailurePolicy;
import io.telecogateway.testsupport.GatewayConfigs;
import io.telecogateway.testsupport.LogCapture;
import io.telecogateway.testsupport.RedisServer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two limiters, each with its own Redis connection and its own memory, stand for two replicas that
 * share one real {@code redis-server}. The store uses the Redis server's clock, so these tests run
 * in real time, with a refill slow enough (one token per 20 s) not to add tokens while they run.
 */
class RedisRateLimiterTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);

  private final Vertx vertx = Vertx.vertx();
  private final List<Redis> clients = new ArrayList<>();
  private final ManualClock clock = new ManualClock();
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private RedisServer server;
  private RateLimitPolicies policies;

  @BeforeEach
  void startRedis() {
    server = RedisServer.start();
    policies =
        new RateLimitPolicies(
            GatewayConfigs.of(
                Map.of(
                    "gateway.rate-limit.requests-per-second", "0.05",
                    "gateway.rate-limit.burst", "5")));
  }

  @AfterEach
  void stopRedis() {
    clients.forEach(Redis::close);
    vertx.closeAndAwait();
    server.close();
  }

  @Test
  void twoReplicasAdmitExactlyBurstTogether() {
    RateLimiter first = limiter(StoreFailurePolicy.DENY);
    RateLimiter second = limiter(StoreFailurePolicy.DENY);
    List<Uni<RateLimitDecision>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(first.tryAcquire("acme", 1));
      calls.add(second.tryAcquire("acme", 1));
    }

    List<RateLimitDecision> decisions = Uni.join().all(calls).andFailFast().await().atMost(AWAIT);

    assertThat(decisions).filteredOn(RateLimitDecision::admitted).hasSize(5);
    assertThat(decisions).allMatch(RateLimitDecision::stateKnown);
    assertThat(storeFailures()).isZero();
    assertThat(counted("gateway.ratelimit.admitted", "acme")).isEqualTo(5);
    assertThat(counted("gateway.ratelimit.rejected", "acme")).isEqualTo(95);
  }

  @Test
  void rejectionReportsRetryAfterAndRemaining() {
    RateLimiter limiter = limiter(StoreFailurePolicy.DENY);

    RateLimitDecision first = acquire(limiter, "acme", 2);
    RateLimitDecision tooMany = acquire(limiter, "acme", 4);

    assertThat(first.admitted()).isTrue();
    assertThat(first.remaining()).isEqualTo(3);
    // Two tokens at 20 s each.
    assertThat(first.resetSeconds()).isBetween(39L, 40L);
    assertThat(tooMany.admitted()).isFalse();
    assertThat(tooMany.remaining()).isEqualTo(3);
    // One token short: 20 s, less the few milliseconds since the first call.
    assertThat(tooMany.retryAfterSeconds()).isEqualTo(20);
  }

  @Test
  void tenantsHaveSeparateKeys() {
    RateLimiter limiter = limiter(StoreFailurePolicy.DENY);
    acquire(limiter, "acme", 5);

    assertThat(acquire(limiter, "acme", 1).admitted()).isFalse();
    assertThat(acquire(limiter, "globex", 1).admitted()).isTrue();
    assertThat(redisCommand("EXISTS", RedisRateLimitStore.KEY_PREFIX + "acme").toLong())
        .isEqualTo(1);
    // Full again after 5 tokens at 20 s each, plus one second of margin.
    assertThat(redisCommand("PTTL", RedisRateLimitStore.KEY_PREFIX + "acme").toLong())
        .isBetween(100_000L, 101_000L);
  }

  @Test
  void flushedScriptIsLoadedAgain() {
    RateLimiter limiter = limiter(StoreFailurePolicy.DENY);
    acquire(limiter, "acme", 1);

    redisCommand("SCRIPT", "FLUSH");

    assertThat(acquire(limiter, "acme", 1).remaining()).isEqualTo(3);
    assertThat(storeFailures()).isZero();
  }

  @Test
  void stoppedRedisWithAllowAdmitsUnchecked() {
    RateLimiter limiter = limiter(StoreFailurePolicy.ALLOW);
    assertThat(acquire(limiter, "acme", 5).admitted()).isTrue();
    assertThat(acquire(limiter, "acme", 1).admitted()).isFalse();

    server.stop();

    for (int i = 0; i < 10; i++) {
      RateLimitDecision decision = acquire(limiter, "acme", 1);
      assertThat(decision.admitted()).isTrue();
      assertThat(decision.stateKnown()).isFalse();
    }
    assertThat(storeFailures()).isEqualTo(10);
  }

  @Test
  void storeFailuresWarnOncePerMinute() {
    RateLimiter limiter = limiter(StoreFailurePolicy.ALLOW);
    server.stop();

    try (LogCapture log = LogCapture.of(RateLimiter.class)) {
      for (int i = 0; i < 10; i++) {
        acquire(limiter, "acme", 1);
      }
      clock.advance(Duration.ofSeconds(59));
      acquire(limiter, "acme", 1);
      assertThat(log.warnings()).hasSize(1);

      clock.advance(Duration.ofSeconds(1));
      acquire(limiter, "acme", 1);

      assertThat(log.warnings()).hasSize(2);
      assertThat(log.warnings().get(0)).contains("1 decision(s) failed since the last warning");
      // Failures since the first warning: 9 more of the first ten, 1 at 59 s, and this one.
      assertThat(log.warnings().get(1)).contains("11 decision(s) failed since the last warning");
    }
    assertThat(storeFailures()).isEqualTo(12);
  }

  @Test
  void stoppedRedisWithDenyRejects() {
    RateLimiter limiter = limiter(StoreFailurePolicy.DENY);
    assertThat(acquire(limiter, "acme", 1).admitted()).isTrue();

    server.stop();

    RateLimitDecision decision = acquire(limiter, "acme", 1);
    assertThat(decision.admitted()).isFalse();
    assertThat(decision.retryAfterSeconds()).isEqualTo(1);
    assertThat(acquire(limiter, "globex", 1).admitted()).isFalse();
    assertThat(storeFailures()).isEqualTo(2);
  }

  @Test
  void stoppedRedisWithLocalUsesReplicaBuckets() {
    RateLimiter first = limiter(StoreFailurePolicy.LOCAL);
    RateLimiter second = limiter(StoreFailurePolicy.LOCAL);
    assertThat(acquire(first, "acme", 5).admitted()).isTrue();
    assertThat(acquire(second, "acme", 1).admitted()).isFalse();

    server.stop();

    // Each replica now has its own full bucket: the shared limit is lost until Redis is back.
    assertThat(acquire(first, "acme", 5).admitted()).isTrue();
    assertThat(acquire(first, "acme", 1).admitted()).isFalse();
    RateLimitDecision fromSecond = acquire(second, "acme", 4);
    assertThat(fromSecond.admitted()).isTrue();
    assertThat(fromSecond.remaining()).isEqualTo(1);
    assertThat(storeFailures()).isEqualTo(3);
  }

  private RateLimiter limiter(StoreFailurePolicy onFailure) {
    return new RateLimiter(
        policies,
        // Generous for a cold JVM on a busy machine; a stopped Redis refuses connections at once.
        new RedisRateLimitStore(newDataSource(), Duration.ofSeconds(3)),
        new MemoryRateLimitStore(clock),
        onFailure,
        clock,
        registry);
  }

  private ReactiveRedisDataSource newDataSource() {
    // The default pool queues at most 24 commands; the concurrent tests send 50 per client.
    RedisOptions options =
        new RedisOptions().setConnectionString(server.uri()).setMaxPoolWaiting(200);
    Redis client = Redis.createClient(vertx, options);
    clients.add(client);
    return new ReactiveRedisDataSourceImpl(vertx, client, RedisAPI.api(client));
  }

  private static RateLimitDecision acquire(RateLimiter limiter, String tenant, long tokens) {
    return limiter.tryAcquire(tenant, tokens).await().atMost(AWAIT);
  }

  private Response redisCommand(String command, String... args) {
    return newDataSource().execute(command, args).await().atMost(AWAIT);
  }

  private double storeFailures() {
    return registry.get("gateway.ratelimit.store.failures").counter().count();
  }

  private double counted(String name, String tenant) {
    return registry.get(name).tag("tenant", tenant).counter().count();
  }
}
