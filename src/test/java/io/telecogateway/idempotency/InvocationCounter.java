package io.telecogateway.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often the test resource ran for each request id. */
@ApplicationScoped
public class InvocationCounter {

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  int increment(String id) {
    return counts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
  }

  int count(String id) {
    AtomicInteger count = counts.get(id);
    return count == null ? 0 : count.get();
  }
}
