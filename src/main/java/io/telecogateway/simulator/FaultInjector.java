package io.telecogateway.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pending faults, consumed oldest first. Thread-safe. */
final class FaultInjector {

  private final List<Fault> pending = new ArrayList<>();
  private long nextId = 1;

  synchronized Fault add(String method, String path, FaultKind kind, int count, long delayMs) {
    Fault fault = new Fault(nextId++, method, path, kind, count, delayMs);
    pending.add(fault);
    return fault;
  }

  /**
   * Consumes one use of the oldest fault that matches the call, and drops the fault when it has no
   * use left.
   *
   * @param template the path template of the call, or null for an unknown path
   */
  synchronized Optional<Fault> take(String method, String path, String template) {
    for (int index = 0; index < pending.size(); index++) {
      Fault fault = pending.get(index);
      if (fault.matches(method, path, template)) {
        Fault rest = fault.consumeOne();
        if (rest.remaining() == 0) {
          pending.remove(index);
        } else {
          pending.set(index, rest);
        }
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  synchronized List<Fault> pending() {
    return List.copyOf(pending);
  }

  synchronized void clear() {
    pending.clear();
    nextId = 1;
  }
}
