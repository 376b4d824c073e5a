package io.telecogateway.idempotency;

/** The outcome of {@link IdempotencyStore#claim}. */
public sealed interface ClaimResult {

  /** The key was free: the request owns it now and must complete or release the claim. */
  record Acquired(Claim claim) implements ClaimResult {}

  /** An earlier request owns the key, and is still running or has its response stored. */
  record Existing(IdempotencyRecord record) implements ClaimResult {}
}
