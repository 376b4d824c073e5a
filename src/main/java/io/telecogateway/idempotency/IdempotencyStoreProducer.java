package io.telecogateway.idempotency;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.Startup;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.config.GatewayConfig.State.Backend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Chooses the idempotency store from {@code gateway.state.backend} at start-up. The Redis client is
 * looked up only in Redis mode, so a gateway with the memory backend never connects to Redis.
 */
@ApplicationScoped
public class IdempotencyStoreProducer {

  private static final Logger LOG = Logger.getLogger(IdempotencyStoreProducer.class);

  @Produces
  @Startup
  @ApplicationScoped
  IdempotencyStore idempotencyStore(GatewayConfig config, Instance<ReactiveRedisDataSource> redis) {
    GatewayConfig.Idempotency settings = config.idempotency();
    validate(settings);
    if (config.state().backend() == Backend.REDIS) {
      LOG.infof(
          "Idempotency records are kept in Redis for %s (in-flight timeout %s)",
          settings.ttl(), settings.inFlightTimeout());
      return new RedisIdempotencyStore(
          redis.get(), settings.ttl(), settings.inFlightTimeout(), System::nanoTime);
    }
    LOG.infof(
        "Idempotency records are kept in memory for %s (in-flight timeout %s, at most %d keys);"
            + " use gateway.state.backend=redis with several replicas",
        settings.ttl(), settings.inFlightTimeout(), settings.maxEntries());
    return new MemoryIdempotencyStore(
        settings.ttl(), settings.inFlightTimeout(), settings.maxEntries(), Ticker.systemTicker());
  }

  private static void validate(GatewayConfig.Idempotency settings) {
    List<String> errors = new ArrayList<>();
    if (!isPositive(settings.ttl())) {
      errors.add("gateway.idempotency.ttl must be positive, such as 24h");
    }
    if (!isPositive(settings.inFlightTimeout())) {
      errors.add("gateway.idempotency.in-flight-timeout must be positive, such as 5m");
    }
    if (settings.maxEntries() < 1) {
      errors.add("gateway.idempotency.max-entries must be at least 1");
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "Invalid idempotency configuration:\n  - " + String.join("\n  - ", errors));
    }
  }

  private static boolean isPositive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }
}
