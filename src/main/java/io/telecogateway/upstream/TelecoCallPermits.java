package io.telecogateway.upstream;

import io.smallrye.mutiny.Uni;

/**
 * A ceiling on the gateway's calls to one Teleco account, implemented by the rate-limit package.
 * The client takes one permit per call before it sends anything.
 */
public interface TelecoCallPermits {

  /**
   * Emits when the account may send one call, or fails with {@link CallCeilingExceededException}
   * (503 {@code upstream_unavailable} with {@code Retry-After}) when the account is over its
   * ceiling for longer than the configured wait.
   */
  Uni<Void> acquire(String telecoUsername);
}
