package io.telecogateway.idempotency;

/**
 * The address of one idempotency key in a store: the tenant, because keys are scoped to the tenant,
 * and the SHA-256 of the key, because the raw key may be sensitive.
 */
public record RecordKey(String tenant, String keyHash) {

  /** The prefix of every idempotency record in Redis. */
  public static final String REDIS_PREFIX = "teleco-gateway:idem:";

  /** Returns the storage key, {@code teleco-gateway:idem:<tenant>:<sha256 of the key>}. */
  public String storageKey() {
    return REDIS_PREFIX + tenant + ":" + keyHash;
  }

  /** Returns the first 12 hex digits of the key hash, which log lines show in place of the key. */
  public String shortHash() {
    return keyHash.substring(0, 12);
  }
}
