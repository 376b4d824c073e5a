package io.telecogateway.idempotency;

import io.smallrye.mutiny.Uni;

/**
 * Idempotency records, in memory or in Redis. Every operation on one key is atomic, across replicas
 * too for a shared backend, so two requests can never both claim the same key.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for a request with the given fingerprint, or emits the record already stored
   * under it. A claim that is neither completed nor released expires after the in-flight timeout.
   */
  Uni<ClaimResult> claim(RecordKey key, String fingerprint);

  /**
   * Stores the response of a claimed request, to be replayed until one TTL after the claim. Emits
   * false, and stores nothing, when another request claimed the key after this claim expired, or
   * when the TTL has already passed.
   */
  Uni<Boolean> complete(Claim claim, StoredResponse response);

  /** Frees the key so that the request can run again, unless another claim owns it now. */
  Uni<Void> release(Claim claim);

  /** Completes when the store can serve requests, and fails otherwise. */
  Uni<Void> ping();
}
