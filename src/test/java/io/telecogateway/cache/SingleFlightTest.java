package io.telecogateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

  private final SingleFlight<String, String> flights = new SingleFlight<>();
  private final AtomicInteger loads = new AtomicInteger();
  private CompletableFuture<String> pending = new CompletableFuture<>();

  @Test
  void waitersShareOneLoad() {
    UniAssertSubscriber<SingleFlight.Result<String>> first = run("a");
    UniAssertSubscriber<SingleFlight.Result<String>> second = run("a");

    pending.complete("value");

    assertThat(loads).hasValue(1);
    assertThat(first.awaitItem().getItem()).isEqualTo(new SingleFlight.Result<>("value", false));
    assertThat(second.awaitItem().getItem()).isEqualTo(new SingleFlight.Result<>("value", true));
    assertThat(flights.running()).isZero();
  }

  @Test
  void keysLoadSeparately() {
    run("a");
    run("b");

    assertThat(loads).hasValue(2);
  }

  @Test
  void finishedLoadIsNotReused() {
    UniAssertSubscriber<SingleFlight.Result<String>> first = run("a");
    pending.complete("old");
    first.awaitItem();
    pending = new CompletableFuture<>();

    UniAssertSubscriber<SingleFlight.Result<String>> second = run("a");
    pending.complete("new");

    assertThat(loads).hasValue(2);
    assertThat(second.awaitItem().getItem().value()).isEqualTo("new");
  }

  @Test
  void failureReachesEveryWaiterAndIsNotKept() {
    UniAssertSubscriber<SingleFlight.Result<String>> first = run("a");
    UniAssertSubscriber<SingleFlight.Result<String>> second = run("a");
    IllegalStateException failure = new IllegalStateException("Teleco failed");

    pending.completeExceptionally(failure);

    first.awaitFailure().assertFailedWith(IllegalStateException.class, "Teleco failed");
    second.awaitFailure().assertFailedWith(IllegalStateException.class, "Teleco failed");
    assertThat(flights.running()).isZero();
    pending = new CompletableFuture<>();
    run("a");
    assertThat(loads).hasValue(2);
  }

  @Test
  void forgottenLoadStillAnswersItsWaiters() {
    UniAssertSubscriber<SingleFlight.Result<String>> first = run("a");
    CompletableFuture<String> forgotten = pending;

    flights.forget(key -> key.equals("a"));
    pending = new CompletableFuture<>();
    UniAssertSubscriber<SingleFlight.Result<String>> second = run("a");
    forgotten.complete("old");
    pending.complete("new");

    assertThat(loads).hasValue(2);
    assertThat(first.awaitItem().getItem().value()).isEqualTo("old");
    assertThat(second.awaitItem().getItem().value()).isEqualTo("new");
  }

  @Test
  void loaderExceptionFailsWaiter() {
    UniAssertSubscriber<SingleFlight.Result<String>> result =
        flights
            .run(
                "a",
                () -> {
                  throw new IllegalArgumentException("bad key");
                })
            .subscribe()
            .withSubscriber(UniAssertSubscriber.create());

    result.awaitFailure().assertFailedWith(IllegalArgumentException.class, "bad key");
    assertThat(flights.running()).isZero();
  }

  private UniAssertSubscriber<SingleFlight.Result<String>> run(String key) {
    CompletableFuture<String> source = pending;
    return flights
        .run(
            key,
            () -> {
              loads.incrementAndGet();
              return Uni.createFrom().completionStage(source);
            })
        .subscribe()
        .withSubscriber(UniAssertSubscriber.create());
  }
}
