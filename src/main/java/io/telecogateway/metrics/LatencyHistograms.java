package io.telecogateway.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;

/**
 * Publishes fixed histogram buckets ({@code _bucket{le}} series) for the latency timers that
 * dashboards and alerts compute percentiles from. The buckets are a short fixed list rather than
 * Micrometer's percentile histogram, which would add several dozen series to every tag combination.
 */
@Singleton
public class LatencyHistograms {

  /** Timers that get buckets: server requests, calls to Teleco, cache loads and whole batches. */
  static final Set<String> TIMERS =
      Set.of(
          "http.server.requests",
          "gateway.upstream.calls",
          "gateway.cache.load",
          "gateway.fanout.batch");

  /** Bucket bounds from 1 ms to 30 s, enough to tell a cache hit from a retried timeout. */
  static final Duration[] BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30)
  };

  @Produces
  @Singleton
  MeterFilter latencyBuckets() {
    double[] bounds = new double[BUCKETS.length];
    for (int i = 0; i < BUCKETS.length; i++) {
      // Timers record in nanoseconds, so their bucket bounds are nanoseconds too.
      bounds[i] = BUCKETS[i].toNanos();
    }
    DistributionStatisticConfig buckets =
        DistributionStatisticConfig.builder().serviceLevelObjectives(bounds).build();
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (id.getType() == Meter.Type.TIMER && TIMERS.contains(id.getName())) {
          return buckets.merge(config);
        }
        return config;
      }
    };
  }
}
