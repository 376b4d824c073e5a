package io.telecogateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheStatusTest {

  private static final Instant FETCHED = Instant.parse("2026-03-01T00:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(5);

  @Test
  void hitCountsDownTtl() {
    CacheStatus status =
        CacheStatus.hit(new CacheEntry(List.of(), FETCHED), TTL, FETCHED.plusMillis(61_900));

    assertThat(status.ageSeconds()).isEqualTo(61);
    assertThat(status.cacheControl()).isEqualTo("private, max-age=300");
    assertThat(status.cacheStatus()).isEqualTo("teleco-gateway; hit; ttl=239");
  }

  @Test
  void missStoredHasFullTtl() {
    CacheStatus status = forwarded(CacheOutcome.MISS, true, false, null);

    assertThat(status.ageSeconds()).isZero();
    assertThat(status.cacheStatus()).isEqualTo("teleco-gateway; fwd=miss; stored; ttl=300");
  }

  @Test
  void collapsedMissSaysSo() {
    CacheStatus status = forwarded(CacheOutcome.MISS, true, true, null);

    assertThat(status.cacheStatus())
        .isEqualTo("teleco-gateway; fwd=miss; collapsed; stored; ttl=300");
  }

  @Test
  void unstoredMissHasNoTtl() {
    CacheStatus status = forwarded(CacheOutcome.MISS, false, false, "store_unavailable");

    assertThat(status.cacheStatus())
        .isEqualTo("teleco-gateway; fwd=miss; detail=store_unavailable");
  }

  @Test
  void refreshIsForwardedStale() {
    CacheStatus status = forwarded(CacheOutcome.REFRESH, true, false, null);

    assertThat(status.cacheStatus()).isEqualTo("teleco-gateway; fwd=stale; stored; ttl=300");
  }

  @Test
  void staleServeHasNegativeTtl() {
    CacheStatus status =
        new CacheStatus(
            CacheOutcome.STALE,
            FETCHED,
            TTL,
            FETCHED.plusSeconds(420),
            false,
            false,
            504,
            "upstream_timeout");

    assertThat(status.ageSeconds()).isEqualTo(420);
    assertThat(status.remainingSeconds()).isEqualTo(-120);
    assertThat(status.cacheStatus())
        .isEqualTo("teleco-gateway; fwd=stale; fwd-status=504; ttl=-120; detail=upstream_timeout");
  }

  @Test
  void fetchTimeAheadOfClockIsAgeZero() {
    CacheStatus status =
        CacheStatus.hit(new CacheEntry(List.of(), FETCHED), TTL, FETCHED.minusSeconds(3));

    assertThat(status.ageSeconds()).isZero();
    assertThat(status.remainingSeconds()).isEqualTo(300);
  }

  private static CacheStatus forwarded(
      CacheOutcome outcome, boolean stored, boolean collapsed, String detail) {
    return new CacheStatus(outcome, FETCHED, TTL, FETCHED, stored, collapsed, 0, detail);
  }
}
