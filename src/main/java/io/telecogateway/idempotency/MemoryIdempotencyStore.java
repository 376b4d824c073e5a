package io.telecogateway.idempotency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Idempotency records in this replica's memory (Caffeine), for a single replica. Each record
 * carries its own expiry: the in-flight timeout while its request runs, then one TTL after the
 * claim. Records are lost on restart.
 */
public final class MemoryIdempotencyStore implements IdempotencyStore {

  private static final Logger LOG = Logger.getLogger(MemoryIdempotencyStore.class);

  private record Entry(IdempotencyRecord record, long expiresAtNanos) {}

  private final Cache<String, Entry> entries;
  private final Ticker ticker;
  private final long ttlNanos;
  private final long inFlightNanos;

  public MemoryIdempotencyStore(
      Duration ttl, Duration inFlightTimeout, long maxEntries, Ticker ticker) {
    this.ticker = ticker;
    this.ttlNanos = ttl.toNanos();
    this.inFlightNanos = Math.min(inFlightTimeout.toNanos(), ttlNanos);
    this.entries =
        Caffeine.newBuilder()
            .ticker(ticker)
            .executor(Runnable::run)
            .maximumSize(maxEntries)
            .expireAfter(new EntryExpiry())
            .evictionListener(
                (String key, Entry entry, RemovalCause cause) -> {
                  if (cause == RemovalCause.SIZE) {
                    LOG.warnf(
                        "Evicted an idempotency record before its expiry because the store contains"
                            + " %d keys (gateway.idempotency.max-entries); a repeat of that"
                            + " request will run again",
                        maxEntries);
                  }
                })
            .build();
  }

  @Override
  public Uni<ClaimResult> claim(RecordKey key, String fingerprint) {
    long now = ticker.read();
    String token = UUID.randomUUID().toString();
    Entry fresh = new Entry(new IdempotencyRecord(token, fingerprint, null), now + inFlightNanos);
    // Caffeine passes an expired entry to compute as absent, so an expired record is replaced.
    Entry current =
        entries
            .asMap()
            .compute(key.storageKey(), (k, existing) -> existing != null ? existing : fresh);
    if (current == fresh) {
      return Uni.createFrom()
          .item(new ClaimResult.Acquired(new Claim(key, token, fingerprint, now)));
    }
    return Uni.createFrom().item(new ClaimResult.Existing(current.record()));
  }

  @Override
  public Uni<Boolean> complete(Claim claim, StoredResponse response) {
    long expiresAt = claim.claimedAtNanos() + ttlNanos;
    if (expiresAt - ticker.read() <= 0) {
      return Uni.createFrom().item(false);
    }
    Entry done =
        new Entry(new IdempotencyRecord(claim.token(), claim.fingerprint(), response), expiresAt);
    Entry current =
        entries
            .asMap()
            .compute(
                claim.key().storageKey(),
                (k, existing) ->
                    existing == null || existing.record().token().equals(claim.token())
                        ? done
                        : existing);
    return Uni.createFrom().item(current == done);
  }

  @Override
  public Uni<Void> release(Claim claim) {
    entries
        .asMap()
        .computeIfPresent(
            claim.key().storageKey(),
            (k, existing) -> existing.record().token().equals(claim.token()) ? null : existing);
    return Uni.createFrom().voidItem();
  }

  @Override
  public Uni<Void> ping() {
    return Uni.createFrom().voidItem();
  }

  /** Expires each entry at its own deadline, which a write replaces and a read keeps. */
  private static final class EntryExpiry implements Expiry<String, Entry> {

    @Override
    public long expireAfterCreate(String key, Entry entry, long currentTime) {
      return Math.max(0, entry.expiresAtNanos() - currentTime);
    }

    @Override
    public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
      return Math.max(0, entry.expiresAtNanos() - currentTime);
    }

    @Override
    public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
