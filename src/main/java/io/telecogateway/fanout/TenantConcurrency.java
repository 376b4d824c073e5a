package io.telecogateway.fanout;

import io.smallrye.mutiny.Uni;
import io.telecogateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The ceiling on batch items that one tenant sends to Teleco at the same time, across all of its
 * running batches ({@code gateway.fanout.tenant-concurrency}). Items over it wait without holding a
 * thread. The ceiling is per replica.
 */
@ApplicationScoped
public class TenantConcurrency {

  private final int limit;
  private final Map<String, AsyncSemaphore> semaphores = new ConcurrentHashMap<>();

  public TenantConcurrency(GatewayConfig config) {
    this.limit = config.fanout().tenantConcurrency();
  }

  /** Runs one item's work once the tenant has fewer than the limit of items running. */
  public <T> Uni<T> run(String tenant, Supplier<Uni<T>> work) {
    return semaphore(tenant).run(work);
  }

  /** Items of the tenant running now; for tests and diagnostics. */
  public int running(String tenant) {
    AsyncSemaphore semaphore = semaphores.get(tenant);
    return semaphore == null ? 0 : semaphore.running();
  }

  private AsyncSemaphore semaphore(String tenant) {
    return semaphores.computeIfAbsent(tenant, name -> new AsyncSemaphore(limit));
  }
}
