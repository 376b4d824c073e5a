package io.telecogateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.upstream.CallCeilingExceededException;
import io.telecogateway.upstream.TelecoCallPermits;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.jboss.logging.Logger;

/**
 * A ceiling on this replica's calls to each Teleco account, shared by every tenant that uses the
 * account, so that a fan-out cannot trip the provider's own limits. Each account has a token bucket
 * of {@code gateway.teleco.max-requests-per-second} tokens, refilled at that rate: up to that many
 * calls start at once, and then that many per second. A call over the ceiling waits its turn for at
 * most {@code gateway.teleco.max-queue-wait}, without holding a thread, or fails with 503 {@code
 * upstream_unavailable} and {@code Retry-After}.
 *
 * <p>The ceiling is per replica: with several replicas, Teleco receives up to the sum of their
 * ceilings.
 */
@Startup
@ApplicationScoped
public class TelecoCallGuard implements TelecoCallPermits {

  private static final Logger LOG = Logger.getLogger(TelecoCallGuard.class);

  private final int maxRequestsPerSecond;
  private final long maxQueueWaitNanos;
  private final TimeMeter clock;
  private final ScheduledExecutorService scheduler;
  private final MeterRegistry registry;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, Counter> rejections = new ConcurrentHashMap<>();

  @Inject
  public TelecoCallGuard(GatewayConfig config, MeterRegistry registry) {
    // A thread of its own, because Quarkus's worker pool scheduler rejects delays under 1 ms,
    // which Bucket4j requests when a turn is that close. The thread only completes the waits; the
    // calls then resume on their own Vert.x context.
    this(
        config.teleco().maxRequestsPerSecond(),
        config.teleco().maxQueueWait(),
        TimeMeter.SYSTEM_NANOTIME,
        waitScheduler(),
        registry);
    if (maxRequestsPerSecond == 0) {
      LOG.info("Calls to Teleco are not limited: gateway.teleco.max-requests-per-second is 0");
    } else {
      LOG.infof(
          "Calls to Teleco: at most %d per second per account, waiting at most %d ms for a turn",
          maxRequestsPerSecond, maxQueueWaitNanos / 1_000_000);
    }
  }

  /**
   * @param scheduler completes the waits; Bucket4j reserves the turn and schedules its start
   */
  TelecoCallGuard(
      int maxRequestsPerSecond,
      Duration maxQueueWait,
      TimeMeter clock,
      ScheduledExecutorService scheduler,
      MeterRegistry registry) {
    if (maxRequestsPerSecond < 0) {
      throw new IllegalStateException(
          "gateway.teleco.max-requests-per-second is "
              + maxRequestsPerSecond
              + ": give 0 (no limit) or a positive whole number");
    }
    if (maxQueueWait.isNegative()) {
      throw new IllegalStateException(
          "gateway.teleco.max-queue-wait is "
              + maxQueueWait
              + ": give a duration of 0 or more, such as 500ms");
    }
    this.maxRequestsPerSecond = maxRequestsPerSecond;
    this.maxQueueWaitNanos = maxQueueWait.toNanos();
    this.clock = clock;
    this.scheduler = scheduler;
    this.registry = registry;
  }

  private static ScheduledExecutorService waitScheduler() {
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "teleco-call-guard");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.setRemoveOnCancelPolicy(true);
    return scheduler;
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
  }

  /**
   * Emits when the account may send one call to Teleco: at once, or after a wait of at most {@code
   * gateway.teleco.max-queue-wait}. Fails with {@link CallCeilingExceededException} (503 {@code
   * upstream_unavailable}, with {@code Retry-After}) when the wait would be longer. The turn is
   * taken on subscription; it resumes on the caller's Vert.x context when there is one.
   */
  @Override
  public Uni<Void> acquire(String telecoUsername) {
    if (maxRequestsPerSecond == 0) {
      return Uni.createFrom().voidItem();
    }
    return Uni.createFrom().deferred(() -> takeTurn(telecoUsername));
  }

  private Uni<Void> takeTurn(String account) {
    Bucket bucket = buckets.get(account);
    if (bucket == null) {
      bucket = buckets.computeIfAbsent(account, name -> newBucket());
    }
    if (maxQueueWaitNanos == 0) {
      // Bucket4j's scheduling API takes only positive waits.
      return bucket.tryConsume(1)
          ? Uni.createFrom().voidItem()
          : Uni.createFrom().failure(rejection(account, bucket));
    }
    Context context = Vertx.currentContext();
    CompletableFuture<Boolean> turn =
        bucket.asScheduler().tryConsume(1, maxQueueWaitNanos, scheduler);
    if (turn.isDone() && !turn.isCompletedExceptionally() && !turn.join()) {
      return Uni.createFrom().failure(rejection(account, bucket));
    }
    if (turn.isDone()) {
      return Uni.createFrom().completionStage(turn).replaceWithVoid();
    }
    Uni<Void> waited = Uni.createFrom().completionStage(turn).replaceWithVoid();
    if (context != null) {
      waited = waited.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
    return waited;
  }

  private CallCeilingExceededException rejection(String account, Bucket bucket) {
    rejections
        .computeIfAbsent(
            account,
            name ->
                Counter.builder("gateway.teleco.guard.rejected")
                    .description("Calls to Teleco rejected because the account's queue was full")
                    .tag("account", name)
                    .register(registry))
        .increment();
    long waitNanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    long retryAfter = Math.max(1, RateLimitPolicy.secondsRoundedUp(waitNanos - maxQueueWaitNanos));
    LOG.debugf(
        "A call to Teleco account %s would wait %d ms, over the %d ms allowed; rejected",
        account, waitNanos / 1_000_000, maxQueueWaitNanos / 1_000_000);
    return new CallCeilingExceededException(retryAfter);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(maxRequestsPerSecond)
                    .refillGreedy(maxRequestsPerSecond, Duration.ofSeconds(1)))
        .withCustomTimePrecision(clock)
        .build();
  }
}
