package io.telecogateway.fanout;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A counting semaphore for {@code Uni} tasks that never blocks a thread. A task over the limit
 * waits in a first-in, first-out queue, and starts on the Vert.x context it was subscribed on once
 * an earlier task ends. A task's permit is released when it succeeds, fails or is cancelled, and a
 * task cancelled while it waits leaves the queue.
 */
final class AsyncSemaphore {

  private final int permits;
  private final ArrayDeque<Task<?>> waiting = new ArrayDeque<>();
  private int running;

  AsyncSemaphore(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1, got " + permits);
    }
    this.permits = permits;
  }

  /** Runs the task with a permit; nothing is subscribed to before the permit is granted. */
  <T> Uni<T> run(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .emitter(
            emitter -> {
              Task<T> task = new Task<>(work, emitter, Vertx.currentContext());
              emitter.onTermination(() -> end(task));
              boolean startNow;
              synchronized (this) {
                if (task.ended) {
                  return;
                }
                startNow = running < permits;
                if (startNow) {
                  running++;
                  task.holdsPermit = true;
                } else {
                  waiting.add(task);
                }
              }
              if (startNow) {
                task.start();
              }
            });
  }

  /** Tasks holding a permit now. */
  synchronized int running() {
    return running;
  }

  /** Tasks waiting for a permit now. */
  synchronized int waiting() {
    return waiting.size();
  }

  /** Ends a task that completed, failed or was cancelled, and hands its permit on. */
  private void end(Task<?> task) {
    Task<?> next = null;
    synchronized (this) {
      if (task.ended) {
        return;
      }
      task.ended = true;
      if (task.holdsPermit) {
        task.holdsPermit = false;
        next = waiting.poll();
        if (next == null) {
          running--;
        } else {
          next.holdsPermit = true;
        }
      } else {
        waiting.remove(task);
      }
    }
    task.cancelWork();
    if (next != null) {
      next.startOnItsContext();
    }
  }

  private static final class Task<T> {

    private static final Cancellable ENDED = () -> {};

    private final Supplier<Uni<T>> work;
    private final UniEmitter<? super T> emitter;
    private final Context context;
    private final AtomicReference<Cancellable> subscription = new AtomicReference<>();
    // Guarded by the semaphore's lock.
    private boolean holdsPermit;
    private boolean ended;

    Task(Supplier<Uni<T>> work, UniEmitter<? super T> emitter, Context context) {
      this.work = work;
      this.emitter = emitter;
      this.context = context;
    }

    void startOnItsContext() {
      if (context == null) {
        start();
      } else {
        context.runOnContext(ignored -> start());
      }
    }

    void start() {
      if (subscription.get() == ENDED) {
        // Cancelled between receiving the permit and starting.
        return;
      }
      Cancellable started;
      try {
        started = work.get().subscribe().with(emitter::complete, emitter::fail);
      } catch (RuntimeException e) {
        emitter.fail(e);
        return;
      }
      if (!subscription.compareAndSet(null, started)) {
        // The task was cancelled while it was starting.
        started.cancel();
      }
    }

    void cancelWork() {
      Cancellable started = subscription.getAndSet(ENDED);
      if (started != null && started != ENDED) {
        started.cancel();
      }
    }
  }
}
