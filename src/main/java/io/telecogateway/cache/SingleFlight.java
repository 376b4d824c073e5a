package io.telecogateway.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs at most one load per key at a time in this replica: a request that finds a load of its key
 * under way waits for that load's result instead of starting another.
 *
 * <p>A load runs detached from the request that started it, so a client that disconnects does not
 * cancel it for the others. Each waiting request resumes on its own Vert.x context, which keeps its
 * log context and its event loop.
 */
final class SingleFlight<K, V> {

  /**
   * The result of a load.
   *
   * @param collapsed whether this request waited for a load that another request started
   */
  record Result<V>(V value, boolean collapsed) {}

  private final ConcurrentMap<K, CompletableFuture<V>> loads = new ConcurrentHashMap<>();

  /** Emits the result of the key's running load, starting {@code loader} when none runs. */
  Uni<Result<V>> run(K key, Supplier<Uni<V>> loader) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context context = Vertx.currentContext();
              CompletableFuture<V> started = new CompletableFuture<>();
              CompletableFuture<V> running = loads.putIfAbsent(key, started);
              boolean collapsed = running != null;
              if (!collapsed) {
                start(key, started, loader);
              }
              Uni<V> value =
                  Uni.createFrom()
                      .completionStage(collapsed ? running : started)
                      .onFailure(CompletionException.class)
                      .transform(
                          failure -> failure.getCause() != null ? failure.getCause() : failure);
              if (context != null) {
                value = value.emitOn(task -> context.runOnContext(ignored -> task.run()));
              }
              return value.map(item -> new Result<>(item, collapsed));
            });
  }

  /**
   * Detaches the matching keys from their running loads, so that the next request starts a new
   * load. The running loads still complete for the requests that wait for them.
   */
  void forget(Predicate<K> keys) {
    loads.keySet().removeIf(keys);
  }

  /** Returns the number of loads under way. */
  int running() {
    return loads.size();
  }

  private void start(K key, CompletableFuture<V> load, Supplier<Uni<V>> loader) {
    Uni<V> source;
    try {
      source = loader.get();
    } catch (RuntimeException e) {
      source = Uni.createFrom().failure(e);
    }
    source
        .subscribe()
        .with(
            item -> {
              loads.remove(key, load);
              load.complete(item);
            },
            failure -> {
              loads.remove(key, load);
              load.completeExceptionally(failure);
            });
  }
}
