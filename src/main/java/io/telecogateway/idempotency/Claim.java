package io.telecogateway.idempotency;

/**
 * A key that one request owns until it stores its response or releases the key.
 *
 * @param token random, distinguishes this claim from a later one on the same key
 * @param claimedAtNanos when the claim was made, on the store's nanosecond clock; the stored
 *     response expires one TTL after it
 */
public record Claim(RecordKey key, String token, String fingerprint, long claimedAtNanos) {}
