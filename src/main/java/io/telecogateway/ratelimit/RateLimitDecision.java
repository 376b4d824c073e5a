package io.telecogateway.ratelimit;

/**
 * The outcome of charging a tenant's bucket.
 *
 * @param policy the bucket that was charged
 * @param admitted whether the tokens were taken
 * @param remaining whole tokens left after the decision, or {@link #UNKNOWN} when the store could
 *     not be asked and the call was admitted unchecked
 * @param nanosUntilFull time until the bucket is full again
 * @param nanosUntilRetry for a rejection, time until the same number of tokens is available; 0 for
 *     an admission
 */
public record RateLimitDecision(
    RateLimitPolicy policy,
    boolean admitted,
    long remaining,
    long nanosUntilFull,
    long nanosUntilRetry) {

  /** The value of {@link #remaining} when the bucket's state is not known. */
  public static final long UNKNOWN = -1;

  /** Creates an admission made without the store, because the store failed. */
  static RateLimitDecision admittedUnchecked(RateLimitPolicy policy) {
    return new RateLimitDecision(policy, true, UNKNOWN, 0, 0);
  }

  /** Creates a rejection made without the store, because the store failed: retry in 1 s. */
  static RateLimitDecision rejectedUnchecked(RateLimitPolicy policy) {
    return new RateLimitDecision(policy, false, UNKNOWN, 0, 1_000_000_000L);
  }

  /** Returns whether {@link #remaining} and {@link #nanosUntilFull} describe the bucket. */
  public boolean stateKnown() {
    return remaining != UNKNOWN;
  }

  /** Returns the {@code t} parameter of {@code RateLimit}: seconds until full, rounded up. */
  public long resetSeconds() {
    return RateLimitPolicy.secondsRoundedUp(nanosUntilFull);
  }

  /**
   * Returns the {@code Retry-After} value of a rejection: whole seconds, rounded up, at least 1. A
   * caller that waits this long finds enough tokens for the same cost, unless other calls of the
   * tenant spent them first.
   */
  public long retryAfterSeconds() {
    return Math.max(1, RateLimitPolicy.secondsRoundedUp(nanosUntilRetry));
  }
}
