package io.telecogateway.ratelimit;

import io.quarkus.runtime.Startup;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.config.GatewayConfig.TenantRateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Each tenant's token bucket, from {@code gateway.tenants."<name>".rate-limit.*} with the defaults
 * under {@code gateway.rate-limit.*}. The values are checked at start-up, and any error stops the
 * start with a message that names the key to fix.
 */
@Startup
@ApplicationScoped
public class RateLimitPolicies {

  private static final Logger LOG = Logger.getLogger(RateLimitPolicies.class);

  /** Upper bounds that keep the bucket arithmetic far from overflow. */
  static final double MAX_REQUESTS_PER_SECOND = 1_000_000;

  static final long MAX_BURST = 1_000_000;

  private final RateLimitPolicy defaultPolicy;
  private final Map<String, RateLimitPolicy> byTenant;

  public RateLimitPolicies(GatewayConfig config) {
    List<String> errors = new ArrayList<>();
    GatewayConfig.RateLimit defaults = config.rateLimit();
    double defaultRate =
        checkRate(defaults.requestsPerSecond(), "gateway.rate-limit.requests-per-second", errors);
    long defaultBurst = checkBurst(defaults.burst(), "gateway.rate-limit.burst", errors);
    if (defaults.storeTimeout().isNegative() || defaults.storeTimeout().isZero()) {
      errors.add(
          "gateway.rate-limit.store-timeout is "
              + defaults.storeTimeout()
              + ": give a positive duration, such as 200ms");
    }

    Map<String, RateLimitPolicy> tenants = new HashMap<>();
    config
        .tenants()
        .forEach(
            (name, tenant) -> {
              if (tenant.rateLimit().isEmpty()) {
                return;
              }
              String prefix = "gateway.tenants.\"" + name + "\".rate-limit.";
              TenantRateLimit own = tenant.rateLimit().get();
              double rate = rateOr(own.requestsPerSecond(), defaultRate);
              long burst = burstOr(own.burst(), defaultBurst);
              rate = checkRate(rate, prefix + "requests-per-second", errors);
              burst = checkBurst(burst, prefix + "burst", errors);
              tenants.put(name, new RateLimitPolicy(rate, burst));
            });

    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "Invalid rate-limit configuration:\n  - " + String.join("\n  - ", errors));
    }
    this.defaultPolicy = new RateLimitPolicy(defaultRate, defaultBurst);
    this.byTenant = Map.copyOf(tenants);
    LOG.infof(
        "Rate limit: %s requests per second, burst %d, per tenant by default; %d tenant(s) set"
            + " their own",
        defaultRate, defaultBurst, byTenant.size());
  }

  /**
   * Returns the bucket of a tenant, or the default bucket for a tenant without its own settings.
   */
  public RateLimitPolicy policyFor(String tenant) {
    return byTenant.getOrDefault(tenant, defaultPolicy);
  }

  private static double rateOr(OptionalDouble value, double fallback) {
    return value.isPresent() ? value.getAsDouble() : fallback;
  }

  private static long burstOr(OptionalLong value, long fallback) {
    return value.isPresent() ? value.getAsLong() : fallback;
  }

  /** Returns the rate when valid; otherwise records an error and returns a placeholder of 1. */
  private static double checkRate(double rate, String key, List<String> errors) {
    if (!(rate > 0) || rate > MAX_REQUESTS_PER_SECOND) {
      errors.add(
          key
              + " is "
              + rate
              + ": give a number greater than 0 and at most "
              + (long) MAX_REQUESTS_PER_SECOND);
      return 1;
    }
    return rate;
  }

  /** Returns the burst when valid; otherwise records an error and returns a placeholder of 1. */
  private static long checkBurst(long burst, String key, List<String> errors) {
    if (burst < 1 || burst > MAX_BURST) {
      errors.add(key + " is " + burst + ": give a whole number from 1 to " + MAX_BURST);
      return 1;
    }
    return burst;
  }
}
