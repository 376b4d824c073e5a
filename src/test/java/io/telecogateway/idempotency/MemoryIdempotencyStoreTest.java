package io.telecogateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemoryIdempotencyStoreTest {

  private static final Duration TTL = Duration.ofHours(24);
  private static final Duration IN_FLIGHT = Duration.ofMinutes(5);
  private static final StoredResponse CREATED =
      new StoredResponse(201, "application/json", Map.of(), new byte[] {'{', '}'});

  private final AtomicLong nanos = new AtomicLong(1_000);
  private final Ticker ticker = nanos::get;
  private final MemoryIdempotencyStore store =
      new MemoryIdempotencyStore(TTL, IN_FLIGHT, 1_000, ticker);

  @Test
  void secondClaimSeesFirst() {
    RecordKey key = key("k1");

    Claim first = acquire(key);
    ClaimResult second = store.claim(key, "fp").await().indefinitely();

    assertThat(second).isInstanceOf(ClaimResult.Existing.class);
    IdempotencyRecord record = ((ClaimResult.Existing) second).record();
    assertThat(record.inFlight()).isTrue();
    assertThat(record.token()).isEqualTo(first.token());
    assertThat(record.fingerprint()).isEqualTo("fp");
  }

  @Test
  void completedRecordIsReturned() {
    RecordKey key = key("k2");

    Claim claim = acquire(key);
    boolean stored = store.complete(claim, CREATED).await().indefinitely();
    ClaimResult again = store.claim(key, "fp").await().indefinitely();

    assertThat(stored).isTrue();
    assertThat(again).isInstanceOf(ClaimResult.Existing.class);
    assertThat(((ClaimResult.Existing) again).record().response().status()).isEqualTo(201);
  }

  @Test
  void releasedKeyCanBeClaimed() {
    RecordKey key = key("k3");

    store.release(acquire(key)).await().indefinitely();

    assertThat(store.claim(key, "fp").await().indefinitely())
        .isInstanceOf(ClaimResult.Acquired.class);
  }

  @Test
  void staleReleaseKeepsNewerClaim() {
    RecordKey key = key("k4");

    Claim stale = acquire(key);
    advance(IN_FLIGHT.plusSeconds(1));
    Claim fresh = acquire(key);
    store.release(stale).await().indefinitely();
    boolean staleStored = store.complete(stale, CREATED).await().indefinitely();
    ClaimResult current = store.claim(key, "fp").await().indefinitely();

    assertThat(staleStored).isFalse();
    assertThat(current).isInstanceOf(ClaimResult.Existing.class);
    assertThat(((ClaimResult.Existing) current).record().token()).isEqualTo(fresh.token());
    assertThat(((ClaimResult.Existing) current).record().inFlight()).isTrue();
  }

  @Test
  void recordExpiresOneTtlAfterClaim() {
    RecordKey key = key("k5");

    Claim claim = acquire(key);
    advance(Duration.ofMinutes(1));
    store.complete(claim, CREATED).await().indefinitely();
    advance(TTL.minusMinutes(1).minusSeconds(1));
    ClaimResult beforeExpiry = store.claim(key, "fp").await().indefinitely();
    advance(Duration.ofSeconds(2));
    ClaimResult afterExpiry = store.claim(key, "fp").await().indefinitely();

    assertThat(beforeExpiry).isInstanceOf(ClaimResult.Existing.class);
    assertThat(afterExpiry).isInstanceOf(ClaimResult.Acquired.class);
  }

  @Test
  void completionAfterTtlIsDropped() {
    RecordKey key = key("k6");
    MemoryIdempotencyStore shortLived =
        new MemoryIdempotencyStore(Duration.ofSeconds(10), Duration.ofMinutes(5), 1_000, ticker);

    ClaimResult first = shortLived.claim(key, "fp").await().indefinitely();
    Claim claim = ((ClaimResult.Acquired) first).claim();
    advance(Duration.ofSeconds(11));
    boolean stored = shortLived.complete(claim, CREATED).await().indefinitely();

    assertThat(stored).isFalse();
    assertThat(shortLived.claim(key, "fp").await().indefinitely())
        .isInstanceOf(ClaimResult.Acquired.class);
  }

  @Test
  void tenantsDoNotShareKeys() {
    String hash = TestTenants.sha256Hex("same-key");

    ClaimResult fromA = store.claim(new RecordKey("a", hash), "fp").await().indefinitely();
    ClaimResult fromB = store.claim(new RecordKey("b", hash), "fp").await().indefinitely();

    assertThat(fromA).isInstanceOf(ClaimResult.Acquired.class);
    assertThat(fromB).isInstanceOf(ClaimResult.Acquired.class);
  }

  private Claim acquire(RecordKey key) {
    ClaimResult result = store.claim(key, "fp").await().indefinitely();
    assertThat(result).isInstanceOf(ClaimResult.Acquired.class);
    return ((ClaimResult.Acquired) result).claim();
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  private static RecordKey key(String name) {
    return new RecordKey("a", TestTenants.sha256Hex(name));
  }
}
