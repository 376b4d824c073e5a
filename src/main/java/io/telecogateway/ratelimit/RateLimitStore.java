package io.telecogateway.ratelimit;

import io.smallrye.mutiny.Uni;

/** The storage of the tenants' buckets: this replica's memory, or Redis for several replicas. */
public interface RateLimitStore {

  /**
   * Takes {@code tokens} from the tenant's bucket if it contains that many, or takes none. The
   * returned {@code Uni} fails when the store cannot decide (Redis unreachable or too slow).
   *
   * @param tokens from 1 to {@code policy.burst()}
   */
  Uni<RateLimitDecision> tryAcquire(String tenant, RateLimitPolicy policy, long tokens);
}
