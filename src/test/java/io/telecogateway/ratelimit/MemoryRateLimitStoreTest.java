package io.telecogateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemoryRateLimitStoreTest {

  private static final RateLimitPolicy FIVE_PER_SECOND = new RateLimitPolicy(5, 5);

  private final ManualClock clock = new ManualClock();
  private final MemoryRateLimitStore store = new MemoryRateLimitStore(clock);
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void concurrentCallsAdmitExactlyBurst() throws Exception {
    assertThat(admittedOf(100)).isEqualTo(5);

    clock.advance(Duration.ofSeconds(1));

    assertThat(admittedOf(100)).isEqualTo(5);
  }

  @Test
  void admissionReportsRemainingAndReset() {
    RateLimitDecision first = store.decide("acme", FIVE_PER_SECOND, 1);

    assertThat(first.admitted()).isTrue();
    assertThat(first.remaining()).isEqualTo(4);
    // One token spent, refilled at 5 per second: full again in 200 ms, which is t=1.
    assertThat(first.nanosUntilFull()).isEqualTo(200_000_000L);
    assertThat(first.resetSeconds()).isEqualTo(1);
  }

  @Test
  void rejectionReportsWaitForTheSameCost() {
    RateLimitPolicy policy = new RateLimitPolicy(2, 10);
    assertThat(store.decide("acme", policy, 10).admitted()).isTrue();
    clock.advance(Duration.ofMillis(500));

    // One token back after 500 ms at 2 per second; 3 more need another 1.5 s.
    RateLimitDecision rejected = store.decide("acme", policy, 4);

    assertThat(rejected.admitted()).isFalse();
    assertThat(rejected.remaining()).isEqualTo(1);
    assertThat(rejected.nanosUntilRetry()).isEqualTo(1_500_000_000L);
    assertThat(rejected.retryAfterSeconds()).isEqualTo(2);
    assertThat(rejected.resetSeconds()).isEqualTo(5);
  }

  @Test
  void waitingRetryAfterAdmitsSameCost() {
    RateLimitPolicy policy = new RateLimitPolicy(3, 6);
    assertThat(store.decide("acme", policy, 6).admitted()).isTrue();

    for (long cost = 1; cost <= 6; cost++) {
      RateLimitDecision rejected = store.decide("acme", policy, cost);
      assertThat(rejected.admitted()).as("cost %d before waiting", cost).isFalse();

      clock.advance(Duration.ofSeconds(rejected.retryAfterSeconds()));
      RateLimitDecision retried = store.decide("acme", policy, cost);

      assertThat(retried.admitted()).as("cost %d after Retry-After", cost).isTrue();
      clock.advance(Duration.ofSeconds(10));
      store.decide("acme", policy, 6);
    }
  }

  @Test
  void tenantsHaveSeparateBuckets() {
    for (int i = 0; i < 5; i++) {
      store.decide("acme", FIVE_PER_SECOND, 1);
    }

    assertThat(store.decide("acme", FIVE_PER_SECOND, 1).admitted()).isFalse();
    assertThat(store.decide("globex", FIVE_PER_SECOND, 1).admitted()).isTrue();
  }

  private int admittedOf(int calls) throws Exception {
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      tasks.add(() -> store.decide("acme", FIVE_PER_SECOND, 1).admitted());
    }
    int admitted = 0;
    for (Future<Boolean> outcome : pool.invokeAll(tasks)) {
      if (outcome.get()) {
        admitted++;
      }
    }
    return admitted;
  }
}
