package io.telecogateway.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the calls received per "METHOD path-template", such as {@code GET /api/inventories/{id}}.
 * A call to an unknown path is counted under its raw path.
 */
final class CallCounter {

  private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

  void record(String call) {
    counts.computeIfAbsent(call, key -> new LongAdder()).increment();
  }

  /** Returns the counts sorted by call. */
  Map<String, Long> snapshot() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((call, count) -> sorted.put(call, count.sum()));
    return sorted;
  }

  void clear() {
    counts.clear();
  }
}
