package io.telecogateway.fanout;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.upstream.CallCeilingExceededException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs the items of a batch as separate calls, in parallel, and reports each item's outcome in
 * request order. One failing item never fails, delays or cancels the others.
 *
 * <ul>
 *   <li>At most {@code gateway.fanout.concurrency} items of one batch run at the same time, and at
 *       most {@code gateway.fanout.tenant-concurrency} items of one tenant across its batches
 *       ({@link TenantConcurrency}). Nothing blocks a thread while it waits.
 *   <li>An item rejected by the Teleco account's call ceiling was not sent, so it waits and tries
 *       again until the deadline.
 *   <li>{@code gateway.fanout.deadline} bounds the whole batch. Items not finished by then are
 *       cancelled, which cancels their HTTP requests, and are reported as {@code upstream_timeout}.
 *   <li>Cancelling the returned {@code Uni}, as the HTTP layer does when the caller disconnects,
 *       cancels every item still running or waiting.
 * </ul>
 *
 * <p>Publishes {@code gateway_fanout_batch_size{operation}}, {@code
 * gateway_fanout_items_total{operation,outcome}}, where outcome is {@code succeeded} or an error
 * code, and {@code gateway_fanout_batch_seconds{operation}}.
 */
// Created at start-up, so that an invalid deadline stops the start rather than the first batch.
@Startup
@ApplicationScoped
public class BatchExecutor {

  private static final Logger LOG = Logger.getLogger(BatchExecutor.class);

  /** First and longest pause before an item rejected by the call ceiling tries again. */
  private static final Duration CEILING_FIRST_BACKOFF = Duration.ofMillis(50);

  private static final Duration CEILING_MAX_BACKOFF = Duration.ofSeconds(1);

  private final TenantConcurrency tenantConcurrency;
  private final MeterRegistry registry;

  /**
   * The {@code gateway.fanout.items} counter of each operation and outcome, registered on first
   * use, so that counting the items of a batch costs no meter lookup per item.
   */
  private final Map<BatchOperation, Map<String, Counter>> itemCounters =
      new EnumMap<>(BatchOperation.class);

  private final int concurrency;
  private final Duration deadline;

  public BatchExecutor(
      GatewayConfig config, TenantConcurrency tenantConcurrency, MeterRegistry registry) {
    this.tenantConcurrency = tenantConcurrency;
    this.registry = registry;
    this.concurrency = config.fanout().concurrency();
    this.deadline = config.fanout().deadline();
    for (BatchOperation operation : BatchOperation.values()) {
      itemCounters.put(operation, new ConcurrentHashMap<>());
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException(
          "gateway.fanout.deadline must be longer than 0, got " + deadline);
    }
  }

  /**
   * Runs {@code call} once per item and emits the outcomes in the order of {@code items}. The
   * returned {@code Uni} never fails because of an item.
   *
   * @param tenant the tenant whose concurrency ceiling the items count against
   * @param call sends one item; each subscription must send it again
   * @param label names an item in log lines, such as {@code "number 101"}
   */
  public <T> Uni<List<ItemOutcome>> run(
      String tenant,
      BatchOperation operation,
      List<T> items,
      Function<T, Uni<?>> call,
      Function<T, String> label) {
    return Uni.createFrom()
        .deferred(
            () -> {
              long start = System.nanoTime();
              long deadlineNanos = start + deadline.toNanos();
              return Multi.createFrom()
                  .range(0, items.size())
                  .onItem()
                  .transformToUni(
                      index ->
                          runItem(tenant, items.get(index), call, deadlineNanos)
                              .map(outcome -> new IndexedOutcome(index, outcome)))
                  .merge(concurrency)
                  .collect()
                  .in(
                      () -> new ItemOutcome[items.size()],
                      (outcomes, indexed) -> outcomes[indexed.index()] = indexed.outcome())
                  .map(Arrays::asList)
                  .invoke(outcomes -> record(operation, items, outcomes, label, start))
                  .onCancellation()
                  .invoke(
                      () ->
                          LOG.infof(
                              "Batch %s of %d item(s) cancelled after %d ms, because the caller"
                                  + " disconnected; items still running were cancelled",
                              operation.tag(), items.size(), millisSince(start)));
            });
  }

  private <T> Uni<ItemOutcome> runItem(
      String tenant, T item, Function<T, Uni<?>> call, long deadlineNanos) {
    return Uni.createFrom()
        .deferred(
            () -> {
              long remaining = deadlineNanos - System.nanoTime();
              if (remaining <= 0) {
                return Uni.createFrom().item(deadlineOutcome(false));
              }
              AtomicBoolean started = new AtomicBoolean();
              return tenantConcurrency
                  .run(
                      tenant,
                      () -> {
                        started.set(true);
                        return sendRetryingCeiling(item, call);
                      })
                  .map(ignored -> ItemOutcome.SUCCEEDED)
                  .onFailure()
                  .recoverWithItem(BatchExecutor::failureOutcome)
                  .ifNoItem()
                  .after(Duration.ofNanos(remaining))
                  .recoverWithItem(() -> deadlineOutcome(started.get()));
            });
  }

  private static <T> Uni<Object> sendRetryingCeiling(T item, Function<T, Uni<?>> call) {
    return Uni.createFrom()
        .deferred(() -> call.apply(item).map(result -> (Object) result))
        .onFailure(CallCeilingExceededException.class)
        .retry()
        .withBackOff(CEILING_FIRST_BACKOFF, CEILING_MAX_BACKOFF)
        // The batch deadline ends the retries.
        .indefinitely();
  }

  private static ItemOutcome failureOutcome(Throwable failure) {
    if (failure instanceof ApiException api) {
      return new ItemOutcome(api);
    }
    LOG.errorf(failure, "A batch item failed with an unexpected error");
    return new ItemOutcome(
        new ApiException(
            ErrorCode.INTERNAL_ERROR,
            "The gateway failed while processing this item, so it may or may not have been"
                + " applied. GET /v1/numbers/{id} shows the number's current forward."));
  }

  private ItemOutcome deadlineOutcome(boolean started) {
    String detail =
        started
            ? "The batch reached its deadline of "
                + deadline.toMillis()
                + " ms before this item finished, so the change may or may not have been"
                + " applied. GET /v1/numbers/{id} shows the number's current forward; sending the"
                + " item again is safe."
            : "The batch reached its deadline of "
                + deadline.toMillis()
                + " ms before this item was sent, so nothing was changed; send it again.";
    return new ItemOutcome(new ApiException(ErrorCode.UPSTREAM_TIMEOUT, detail));
  }

  private <T> void record(
      BatchOperation operation,
      List<T> items,
      List<ItemOutcome> outcomes,
      Function<T, String> label,
      long start) {
    long nanos = System.nanoTime() - start;
    int failed = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      ItemOutcome outcome = outcomes.get(i);
      String tag = outcome.succeeded() ? "succeeded" : outcome.failure().code().code();
      itemCounter(operation, tag).increment();
      if (!outcome.succeeded()) {
        failed++;
        LOG.debugf(
            "Batch %s item %d (%s) failed: %s, %s",
            operation.tag(), i, label.apply(items.get(i)), tag, outcome.failure().detail());
      }
    }
    DistributionSummary.builder("gateway.fanout.batch.size")
        .description("Items per batch")
        .tag("operation", operation.tag())
        .serviceLevelObjectives(1, 10, 50, 100, 250, 500, 1000)
        .register(registry)
        .record(items.size());
    Timer.builder("gateway.fanout.batch")
        .description("Duration of whole batches, from the first item sent to the last finished")
        .tag("operation", operation.tag())
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    LOG.infof(
        "Batch %s of %d item(s): %d succeeded, %d failed, in %d ms",
        operation.tag(),
        items.size(),
        items.size() - failed,
        failed,
        TimeUnit.NANOSECONDS.toMillis(nanos));
  }

  private Counter itemCounter(BatchOperation operation, String outcome) {
    return itemCounters
        .get(operation)
        .computeIfAbsent(
            outcome,
            ignored ->
                Counter.builder("gateway.fanout.items")
                    .description(
                        "Batch items, by operation and outcome (succeeded or the error code)")
                    .tags("operation", operation.tag(), "outcome", outcome)
                    .register(registry));
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private record IndexedOutcome(int index, ItemOutcome outcome) {}
}
