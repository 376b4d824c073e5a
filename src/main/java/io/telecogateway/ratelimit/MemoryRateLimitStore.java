package io.telecogateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in this replica's memory, one Bucket4j lock-free bucket per tenant, built on the
 * tenant's first call. It is the default store, and the fallback of the Redis store under {@code
 * gateway.rate-limit.on-store-failure=local}.
 */
@ApplicationScoped
public class MemoryRateLimitStore implements RateLimitStore {

  private final RateLimitClock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public MemoryRateLimitStore(RateLimitClock clock) {
    this.clock = clock;
  }

  @Override
  public Uni<RateLimitDecision> tryAcquire(String tenant, RateLimitPolicy policy, long tokens) {
    return Uni.createFrom().item(decide(tenant, policy, tokens));
  }

  /** Charges the bucket at once; never blocks, since Bucket4j's local buckets are lock-free. */
  public RateLimitDecision decide(String tenant, RateLimitPolicy policy, long tokens) {
    Bucket bucket = buckets.get(tenant);
    if (bucket == null) {
      bucket = buckets.computeIfAbsent(tenant, name -> newBucket(policy));
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
    return new RateLimitDecision(
        policy,
        probe.isConsumed(),
        probe.getRemainingTokens(),
        probe.getNanosToWaitForReset(),
        probe.getNanosToWaitForRefill());
  }

  private Bucket newBucket(RateLimitPolicy policy) {
    // Greedy refill adds tokens continuously (burst tokens per fill time), as a token bucket does,
    // instead of all at once at the end of each period.
    Duration fill = Duration.ofNanos(policy.nanosToFill());
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(policy.burst()).refillGreedy(policy.burst(), fill))
        .withCustomTimePrecision(clock)
        .build();
  }
}
