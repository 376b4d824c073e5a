package io.telecogateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.config.GatewayConfig.RateLimit.StoreFailurePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Charges tenants' token buckets: the entry point of rate limiting. It queries the configured store
 * (memory, or Redis under {@code gateway.state.backend=redis}), applies {@code
 * gateway.rate-limit.on-store-failure} when Redis fails, and counts every decision.
 */
@Startup
@ApplicationScoped
public class RateLimiter {

  private static final Logger LOG = Logger.getLogger(RateLimiter.class);

  private final RateLimitPolicies policies;
  private final RateLimitStore store;
  private final MemoryRateLimitStore localStore;
  private final StoreFailurePolicy onStoreFailure;
  private final MeterRegistry registry;
  private final Counter storeFailures;
  private final Map<String, Counter> admitted = new ConcurrentHashMap<>();
  private final Map<String, Counter> rejected = new ConcurrentHashMap<>();

  /** One token a minute: at most one store-failure warning per minute. */
  private final Bucket failureWarnings;

  private final AtomicLong failuresSinceWarning = new AtomicLong();
  private final AtomicBoolean storeFailing = new AtomicBoolean();

  @Inject
  public RateLimiter(
      GatewayConfig config,
      RateLimitPolicies policies,
      MemoryRateLimitStore memoryStore,
      Instance<ReactiveRedisDataSource> redis,
      RateLimitClock clock,
      MeterRegistry registry) {
    this(
        policies,
        config.state().backend() == GatewayConfig.State.Backend.REDIS
            ? new RedisRateLimitStore(redis.get(), config.rateLimit().storeTimeout())
            : memoryStore,
        memoryStore,
        config.rateLimit().onStoreFailure(),
        clock,
        registry);
    LOG.infof(
        "Rate-limit store: %s%s",
        config.state().backend().name().toLowerCase(java.util.Locale.ROOT),
        store instanceof RedisRateLimitStore
            ? ", on failure: " + onStoreFailure.name().toLowerCase(java.util.Locale.ROOT)
            : "");
  }

  RateLimiter(
      RateLimitPolicies policies,
      RateLimitStore store,
      MemoryRateLimitStore localStore,
      StoreFailurePolicy onStoreFailure,
      RateLimitClock clock,
      MeterRegistry registry) {
    this.policies = policies;
    this.store = store;
    this.localStore = localStore;
    this.onStoreFailure = onStoreFailure;
    this.registry = registry;
    this.storeFailures =
        Counter.builder("gateway.ratelimit.store.failures")
            .description("Rate-limit decisions the Redis store failed to make")
            .register(registry);
    this.failureWarnings =
        Bucket.builder()
            .addLimit(limit -> limit.capacity(1).refillIntervally(1, Duration.ofMinutes(1)))
            .withCustomTimePrecision(clock)
            .build();
  }

  /** Returns the bucket of a tenant. */
  public RateLimitPolicy policyFor(String tenant) {
    return policies.policyFor(tenant);
  }

  /**
   * Takes {@code tokens} from the tenant's bucket, all of them or none. Never fails: when the Redis
   * store fails, the decision follows {@code gateway.rate-limit.on-store-failure}.
   *
   * @param tokens from 1 to the tenant's burst; a larger cost could never be admitted
   * @throws IllegalArgumentException if {@code tokens} is outside that range
   */
  public Uni<RateLimitDecision> tryAcquire(String tenant, long tokens) {
    RateLimitPolicy policy = policies.policyFor(tenant);
    if (tokens < 1 || tokens > policy.burst()) {
      throw new IllegalArgumentException(
          "tokens must be from 1 to the burst of tenant " + tenant + " (" + policy.burst() + ")");
    }
    return store
        .tryAcquire(tenant, policy, tokens)
        .invoke(this::noteStoreAnswered)
        .onFailure()
        .recoverWithItem(failure -> onStoreFailure(tenant, policy, tokens, failure))
        .invoke(decision -> count(tenant, decision));
  }

  private RateLimitDecision onStoreFailure(
      String tenant, RateLimitPolicy policy, long tokens, Throwable failure) {
    storeFailures.increment();
    storeFailing.set(true);
    long failures = failuresSinceWarning.incrementAndGet();
    if (failureWarnings.tryConsume(1)) {
      failuresSinceWarning.addAndGet(-failures);
      LOG.warnf(
          "The rate-limit store failed (%s); gateway.rate-limit.on-store-failure=%s applies until"
              + " it answers again. %d decision(s) failed since the last warning; the next warning"
              + " comes after one minute at the earliest.",
          failure.toString(), onStoreFailure.name().toLowerCase(java.util.Locale.ROOT), failures);
    }
    return switch (onStoreFailure) {
      case ALLOW -> RateLimitDecision.admittedUnchecked(policy);
      case DENY -> RateLimitDecision.rejectedUnchecked(policy);
      case LOCAL -> localStore.decide(tenant, policy, tokens);
    };
  }

  private void noteStoreAnswered(RateLimitDecision decision) {
    if (storeFailing.get() && storeFailing.compareAndSet(true, false)) {
      LOG.info("The rate-limit store answers again; its buckets apply again");
    }
  }

  private void count(String tenant, RateLimitDecision decision) {
    Map<String, Counter> counters = decision.admitted() ? admitted : rejected;
    Counter counter = counters.get(tenant);
    if (counter == null) {
      counter =
          counters.computeIfAbsent(
              tenant,
              name ->
                  Counter.builder(
                          decision.admitted()
                              ? "gateway.ratelimit.admitted"
                              : "gateway.ratelimit.rejected")
                      .description(
                          decision.admitted()
                              ? "Calls the tenant's rate limit admitted"
                              : "Calls the tenant's rate limit rejected with 429")
                      .tag("tenant", name)
                      .register(registry));
    }
    counter.increment();
  }
}
