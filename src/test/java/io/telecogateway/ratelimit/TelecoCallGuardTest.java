package io.telecogateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guard's bucket runs on a frozen clock, so every token must come from the initial capacity or
 * from a reservation; the waits themselves are real, scheduled on a real executor.
 */
class TelecoCallGuardTest {

  private final ManualClock clock = new ManualClock();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void callsUpToCeilingStartAtOnce() {
    TelecoCallGuard guard = guard(3, Duration.ofMillis(500));

    for (int i = 0; i < 3; i++) {
      assertThat(start(guard, "teleco-a").isDone()).as("call %d", i + 1).isTrue();
    }
  }

  @Test
  void callOverCeilingWaitsItsTurn() throws Exception {
    TelecoCallGuard guard = guard(3, Duration.ofMillis(500));
    for (int i = 0; i < 3; i++) {
      start(guard, "teleco-a");
    }

    long started = System.nanoTime();
    CompletableFuture<Void> fourth = start(guard, "teleco-a");

    assertThat(fourth.isDone()).isFalse();
    fourth.get(5, TimeUnit.SECONDS);
    // The fourth token comes 1/3 s after the third at 3 per second.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(300));
  }

  @Test
  void fullQueueFailsWith503() {
    TelecoCallGuard guard = guard(3, Duration.ofMillis(500));
    for (int i = 0; i < 4; i++) {
      start(guard, "teleco-a");
    }

    // The fifth would wait 2/3 s, more than the 500 ms allowed.
    CompletableFuture<Void> fifth = start(guard, "teleco-a");

    assertThatThrownBy(fifth::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
              assertThat(e.headers()).containsEntry("Retry-After", "1");
            });
    assertThat(
            registry
                .get("gateway.teleco.guard.rejected")
                .tag("account", "teleco-a")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void retryAfterCoversTheQueue() {
    TelecoCallGuard guard = guard(1, Duration.ZERO);
    start(guard, "teleco-a");

    // Clock frozen: the next token is 1 s away, and no wait is allowed.
    CompletableFuture<Void> second = start(guard, "teleco-a");

    assertThatThrownBy(second::get)
        .cause()
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.headers()).containsEntry("Retry-After", "1"));
  }

  @Test
  void accountsHaveSeparateCeilings() {
    TelecoCallGuard guard = guard(1, Duration.ZERO);
    start(guard, "teleco-a");

    assertThat(start(guard, "teleco-a")).isCompletedExceptionally();
    assertThat(start(guard, "teleco-b")).isCompleted();
  }

  @Test
  void zeroTurnsTheCeilingOff() {
    TelecoCallGuard guard = guard(0, Duration.ZERO);

    for (int i = 0; i < 1000; i++) {
      assertThat(start(guard, "teleco-a")).isCompleted();
    }
  }

  @Test
  void turnIsTakenOnSubscription() {
    TelecoCallGuard guard = guard(1, Duration.ZERO);

    guard.acquire("teleco-a");
    guard.acquire("teleco-a");

    assertThat(start(guard, "teleco-a")).isCompleted();
  }

  @Test
  void waitResumesOnCallersContextWithoutBlockingIt() throws Exception {
    // One call per second: the second waits a whole second for its turn.
    TelecoCallGuard guard = guard(1, Duration.ofMillis(1500));
    Vertx vertx = Vertx.vertx();
    try {
      Context context = vertx.getOrCreateContext();
      CompletableFuture<Context> resumedOn = new CompletableFuture<>();
      CompletableFuture<Long> otherTaskRanAt = new CompletableFuture<>();
      CompletableFuture<Long> resumedAt = new CompletableFuture<>();

      context.runOnContext(
          ignored -> {
            start(guard, "teleco-a");
            guard
                .acquire("teleco-a")
                .subscribe()
                .with(
                    done -> {
                      resumedAt.complete(System.nanoTime());
                      resumedOn.complete(Vertx.currentContext());
                    },
                    resumedOn::completeExceptionally);
            // Runs while the second call waits: the event loop is free.
            context.runOnContext(next -> otherTaskRanAt.complete(System.nanoTime()));
          });

      assertThat(resumedOn.get(5, TimeUnit.SECONDS)).isSameAs(context);
      assertThat(otherTaskRanAt.get(5, TimeUnit.SECONDS)).isLessThan(resumedAt.get());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void invalidSettingsNameTheirKeys() {
    assertThatThrownBy(() -> guard(-1, Duration.ZERO))
        .hasMessageContaining("gateway.teleco.max-requests-per-second is -1");
    assertThatThrownBy(() -> guard(5, Duration.ofMillis(-1)))
        .hasMessageContaining("gateway.teleco.max-queue-wait");
  }

  private TelecoCallGuard guard(int maxPerSecond, Duration maxWait) {
    return new TelecoCallGuard(maxPerSecond, maxWait, clock, scheduler, registry);
  }

  private static CompletableFuture<Void> start(TelecoCallGuard guard, String account) {
    return guard.acquire(account).subscribeAsCompletionStage();
  }
}
