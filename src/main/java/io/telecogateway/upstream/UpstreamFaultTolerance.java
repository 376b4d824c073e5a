package io.telecogateway.upstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.upstream.TelecoCall.RetryClass;
import io.telecogateway.upstream.UpstreamException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Applies the timeout, the retries, the retry budget and the circuit breaker to every call to
 * Teleco, in this order from the outside in: the retries of the call's {@link RetryClass}, then for
 * each attempt the budget (retries only), the breaker of {@link UpstreamHealth}, and the timeout of
 * the call's {@link TelecoCall.Type}.
 *
 * <p>The timeout bounds the whole attempt, from sending the request to the last byte of the
 * response, and cancels the request when it fires. The REST client's own read timeout only bounds
 * the silence between two reads. Retries wait an exponential backoff with jitter.
 *
 * <p>Retries and timeouts fire on other threads, but the log context (request id, tenant) stays in
 * place: SmallRye runs each retry on the caller's Vert.x context, and Quarkus runs Mutiny's timeout
 * on it too, as {@code RetryLogContextTest} checks.
 *
 * <p>Publishes {@code gateway_upstream_calls{call,outcome}} (one timing per call, all attempts
 * included), {@code gateway_upstream_retries_total{call,cause}} and {@code
 * gateway_upstream_retry_budget_tokens}; tags are call templates and failure kinds, never ids.
 */
// Created at start-up, so that invalid settings stop the start rather than the first call.
@Startup
@ApplicationScoped
class UpstreamFaultTolerance {

  private static final Logger LOG = Logger.getLogger(UpstreamFaultTolerance.class);

  private final UpstreamHealth health;
  private final RetryBudget budget;
  private final MeterRegistry registry;
  private final int maxAttempts;
  private final Map<TelecoCall.Type, Duration> timeouts = new EnumMap<>(TelecoCall.Type.class);
  private final Map<RetryClass, TypedGuard<Uni<Object>>> retries = new EnumMap<>(RetryClass.class);

  /**
   * The {@code gateway.upstream.calls} timer of each call template and outcome, registered on first
   * use, so that recording a call costs no meter lookup by name and tags.
   */
  private final Map<TelecoCall, Map<String, Timer>> callTimers = new ConcurrentHashMap<>();

  UpstreamFaultTolerance(GatewayConfig config, UpstreamHealth health, MeterRegistry registry) {
    GatewayConfig.Upstream upstream = config.upstream();
    validate(upstream);
    this.health = health;
    this.registry = registry;
    this.maxAttempts = upstream.retry().maxAttempts();
    this.budget =
        new RetryBudget(upstream.retry().budget().ratio(), upstream.retry().budget().maxTokens());
    timeouts.put(TelecoCall.Type.LOGIN, upstream.loginTimeout());
    timeouts.put(TelecoCall.Type.READ, upstream.readTimeout());
    timeouts.put(TelecoCall.Type.WRITE, upstream.writeTimeout());
    for (RetryClass retryClass : RetryClass.values()) {
      retries.put(retryClass, retryGuard(retryClass, upstream));
    }
    Gauge.builder("gateway.upstream.retry.budget.tokens", budget, RetryBudget::tokens)
        .description("Retries the retry budget can pay for now")
        .register(registry);
  }

  /**
   * Rejects settings the policies cannot work with, naming the key, so that the gateway fails at
   * start-up rather than on its first call.
   */
  static void validate(GatewayConfig.Upstream upstream) {
    requirePositive("gateway.upstream.login-timeout", upstream.loginTimeout());
    requirePositive("gateway.upstream.read-timeout", upstream.readTimeout());
    requirePositive("gateway.upstream.write-timeout", upstream.writeTimeout());
    GatewayConfig.Retry retry = upstream.retry();
    requirePositive("gateway.upstream.retry.initial-backoff", retry.initialBackoff());
    if (retry.maxBackoff().compareTo(retry.initialBackoff()) <= 0) {
      throw new IllegalArgumentException(
          "gateway.upstream.retry.max-backoff ("
              + retry.maxBackoff()
              + ") must be longer than gateway.upstream.retry.initial-backoff ("
              + retry.initialBackoff()
              + ")");
    }
    if (retry.jitter().isNegative() || retry.jitter().compareTo(retry.initialBackoff()) > 0) {
      throw new IllegalArgumentException(
          "gateway.upstream.retry.jitter ("
              + retry.jitter()
              + ") must be from 0 to gateway.upstream.retry.initial-backoff ("
              + retry.initialBackoff()
              + ")");
    }
  }

  private static void requirePositive(String key, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be longer than 0, got " + value);
    }
  }

  private TypedGuard<Uni<Object>> retryGuard(RetryClass retryClass, GatewayConfig.Upstream config) {
    GatewayConfig.Retry retry = config.retry();
    Duration longestTimeout =
        max(config.loginTimeout(), max(config.readTimeout(), config.writeTimeout()));
    // A ceiling SmallRye requires; the attempts and their timeouts always end the call before it.
    Duration maxDuration =
        longestTimeout.plus(retry.maxBackoff()).plus(retry.jitter()).multipliedBy(maxAttempts);
    return TypedGuard.create(new TypeLiteral<Uni<Object>>() {})
        .withDescription("teleco-retry-" + retryClass.name().toLowerCase(Locale.ROOT))
        .withRetry()
        .maxRetries(maxAttempts - 1)
        .delay(retry.initialBackoff().toMillis(), ChronoUnit.MILLIS)
        .jitter(retry.jitter().toMillis(), ChronoUnit.MILLIS)
        .maxDuration(maxDuration.toMillis(), ChronoUnit.MILLIS)
        .whenException(
            failure -> UpstreamFaults.isRetryable(retryClass, failure) && budget.canRetry())
        .withExponentialBackoff()
        .factor(2)
        .maxDelay(retry.maxBackoff().toMillis(), ChronoUnit.MILLIS)
        .done()
        .done()
        .build();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Sends a call with its timeout, retries and the circuit breaker. Nothing is sent before the
   * returned {@code Uni} is subscribed to, and every subscription is a new call.
   *
   * @param request sends one attempt; called once per attempt
   */
  <T> Uni<T> call(TelecoCall call, Supplier<Uni<T>> request) {
    return Uni.createFrom().deferred(() -> new GuardedCall<>(call, request).run());
  }

  /** The state of one call across its attempts. */
  private final class GuardedCall<T> {

    private final TelecoCall call;
    private final Supplier<Uni<T>> request;
    private final long start = System.nanoTime();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile UpstreamException lastTelecoFailure;

    GuardedCall(TelecoCall call, Supplier<Uni<T>> request) {
      this.call = call;
      this.request = request;
    }

    @SuppressWarnings("unchecked")
    Uni<T> run() {
      Uni<Object> guarded = retries.get(call.retryClass()).get(this::attempt);
      return ((Uni<T>) (Uni<?>) guarded)
          // When the breaker stops a retry, the earlier attempt's failure is more useful to the
          // caller than the open breaker, because it shows whether a write's outcome is unknown.
          .onFailure(this::isRetryStoppedByBreaker)
          .transform(ignored -> lastTelecoFailure)
          .onTermination()
          .invoke(this::record);
    }

    private Uni<Object> attempt() {
      int attempt = attempts.incrementAndGet();
      if (attempt > 1) {
        UpstreamException previous = lastTelecoFailure;
        if (!budget.tryWithdraw()) {
          // Another call took the last token after this one was scheduled for a retry.
          LOG.debugf("Teleco %s is not retried: the retry budget is spent", call);
          return Uni.createFrom().failure(previous);
        }
        String cause = previous.kind().name().toLowerCase(Locale.ROOT);
        LOG.warnf(
            "Retrying Teleco %s, attempt %d of %d, after %s (%s)",
            call, attempt, maxAttempts, previous.kind(), previous.getMessage());
        Counter.builder("gateway.upstream.retries")
            .description("Retries of calls to Teleco, by call and by the failure retried")
            .tags("call", call.toString(), "cause", cause)
            .register(registry)
            .increment();
      }
      return health
          .guard(this::send)
          .onFailure(CircuitBreakerOpenException.class)
          .transform(open -> UpstreamException.circuitOpen(health.retryAfterSeconds()))
          .onFailure(UpstreamException.class)
          .invoke(
              failure -> {
                UpstreamException upstream = (UpstreamException) failure;
                if (upstream.kind() != Kind.CIRCUIT_OPEN) {
                  lastTelecoFailure = upstream;
                }
              });
    }

    private Uni<Object> send() {
      Duration timeout = timeouts.get(call.type());
      long attemptStart = System.nanoTime();
      return request
          .get()
          .map(item -> (Object) item)
          .ifNoItem()
          .after(timeout)
          .fail()
          .onFailure(TimeoutException.class)
          .transform(
              e -> {
                LOG.warnf(
                    "Teleco %s timed out after %d ms, its %s timeout",
                    call,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart),
                    call.type().name().toLowerCase(Locale.ROOT));
                return UpstreamException.timeout(call);
              })
          .onItemOrFailure()
          .invoke(
              (item, failure) -> {
                if (failure == null
                    || failure instanceof UpstreamException
                        && !UpstreamFaults.isUpstreamFault(failure)) {
                  budget.deposit();
                }
              });
    }

    private boolean isRetryStoppedByBreaker(Throwable failure) {
      return failure instanceof UpstreamException upstream
          && upstream.kind() == Kind.CIRCUIT_OPEN
          && lastTelecoFailure != null;
    }

    private void record(T item, Throwable failure, boolean cancelled) {
      String outcome;
      if (cancelled) {
        outcome = "cancelled";
      } else if (failure == null) {
        outcome = "success";
      } else if (failure instanceof UpstreamException upstream) {
        outcome = upstream.kind().name().toLowerCase(Locale.ROOT);
      } else {
        outcome = "error";
      }
      callTimer(call, outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  private Timer callTimer(TelecoCall call, String outcome) {
    return callTimers
        .computeIfAbsent(call, ignored -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            outcome,
            ignored ->
                Timer.builder("gateway.upstream.calls")
                    .description("Calls to Teleco, all attempts included, by call and outcome")
                    .tags("call", call.toString(), "outcome", outcome)
                    .register(registry));
  }
}
