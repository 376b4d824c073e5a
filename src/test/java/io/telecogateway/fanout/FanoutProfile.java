package io.telecogateway.fanout;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batches against {@link FanoutWireMock} with retries on: 3 attempts, a write timeout of 600 ms,
 * backoff from 10 ms to 40 ms, 8 items of a batch and 12 of a tenant at once, no call ceiling, and
 * a circuit breaker that the failures injected here cannot open.
 *
 * <p>Tenants: {@code fan} (burst 2000), {@code small} (burst 10, refilled at 0.01 per second).
 */
public class FanoutProfile implements QuarkusTestProfile {

  static final int CONCURRENCY = 8;
  static final int TENANT_CONCURRENCY = 12;
  static final int WRITE_TIMEOUT_MILLIS = 600;

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(FanoutWireMock.class, settings()));
  }

  static Map<String, String> settings() {
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.rest-client.teleco.read-timeout", "5000");
    config.put("gateway.upstream.write-timeout", WRITE_TIMEOUT_MILLIS + "ms");
    config.put("gateway.upstream.retry.max-attempts", "3");
    config.put("gateway.upstream.retry.initial-backoff", "10ms");
    config.put("gateway.upstream.retry.max-backoff", "40ms");
    config.put("gateway.upstream.retry.jitter", "5ms");
    config.put("gateway.upstream.retry.budget.max-tokens", "100000");
    config.put("gateway.upstream.circuit-breaker.failure-ratio", "1");
    config.put("gateway.upstream.circuit-breaker.request-volume-threshold", "100000");
    config.put("gateway.teleco.max-requests-per-second", "0");
    config.put("gateway.fanout.concurrency", Integer.toString(CONCURRENCY));
    config.put("gateway.fanout.tenant-concurrency", Integer.toString(TENANT_CONCURRENCY));
    FanoutWireMock.tenant(config, "fan", 2000, "1000");
    FanoutWireMock.tenant(config, "small", 10, "0.01");
    return config;
  }
}
