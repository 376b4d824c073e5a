package io.telecogateway.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's own configuration, everything under {@code gateway.*}. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

  /** Tenants by name: {@code gateway.tenants."<name>".*}. Empty by default. */
  Map<String, TenantConfig> tenants();

  /** The embedded Teleco simulator. */
  Simulator simulator();

  /** Where shared state lives. */
  State state();

  /** Calls to Teleco: timeouts, retries and the circuit breaker. */
  Upstream upstream();

  /** One tenant: who may call as it, and the Teleco account it uses. */
  interface TenantConfig {

    /**
     * SHA-256 hashes of the caller keys that authenticate as this tenant, each written {@code
     * sha256:<64 hex digits>}, comma-separated. Several keys allow rotation. Required.
     */
    Optional<List<String>> callerKeyHashes();

    /** The Teleco account this tenant's calls use. */
    TelecoAccountConfig teleco();
  }

  /** Credentials of a Teleco account: the username plus exactly one of api key and password. */
  interface TelecoAccountConfig {

    /** The Teleco username. Required. */
    Optional<String> username();

    /** The account's api key, sent in the Basic header. */
    @WithName("api-key")
    Optional<String> apiKey();

    /** The account's password; the gateway logs in with it to obtain an api key. */
    Optional<String> password();
  }

  /** The embedded Teleco simulator. */
  interface Simulator {

    /**
     * Serves the simulator under {@code /api} and {@code /simulator} on the gateway's own port.
     * Default false; true in the dev profile.
     */
    @WithDefault("false")
    boolean enabled();
  }

  /** Shared state: idempotency records, rate-limit buckets, cached reference data. */
  interface State {

    /** {@code memory} (default, one replica) or {@code redis} (several replicas). */
    @WithDefault("memory")
    Backend backend();

    /** Storage for shared state. */
    enum Backend {
      MEMORY,
      REDIS
    }
  }

  /**
   * Calls to Teleco, everything under {@code gateway.upstream.*}. Durations are written as Quarkus
   * reads them ({@code 2s}, {@code 100ms}) or in ISO-8601 ({@code PT2S}), also where this mapping
   * is built outside Quarkus. A timeout bounds one attempt, from sending the request to receiving
   * the whole response, so a call with retries may take up to {@code retry.max-attempts} times its
   * timeout plus the delays between attempts.
   */
  interface Upstream {

    /** Time allowed for one attempt of the login call. Default 5s. */
    @WithDefault("5s")
    @WithConverter(DurationConverter.class)
    Duration loginTimeout();

    /** Time allowed for one attempt of a read (the GET calls and the number search). Default 2s. */
    @WithDefault("2s")
    @WithConverter(DurationConverter.class)
    Duration readTimeout();

    /**
     * Time allowed for one attempt of a write. A write that gets no response in time ends with 504
     * {@code upstream_outcome_unknown}. Default 10s.
     */
    @WithDefault("10s")
    @WithConverter(DurationConverter.class)
    Duration writeTimeout();

    /** Retries of calls that are safe to repeat. */
    Retry retry();

    /** The circuit breaker named {@code teleco}, shared by every call. */
    CircuitBreaker circuitBreaker();
  }

  /**
   * Retries: exponential backoff with jitter, for reads and idempotent writes after an upstream
   * failure, and for every call when the connection could not be opened.
   */
  interface Retry {

    /** Attempts per call, the first one included; 1 turns retries off. Default 3. */
    @WithDefault("3")
    @Min(1)
    int maxAttempts();

    /** Delay before the first retry; it doubles for each further retry. Default 100ms. */
    @WithDefault("100ms")
    @WithConverter(DurationConverter.class)
    Duration initialBackoff();

    /** Upper bound of the delay before a retry. Must exceed initial-backoff. Default 1s. */
    @WithDefault("1s")
    @WithConverter(DurationConverter.class)
    Duration maxBackoff();

    /**
     * Largest random amount added to or taken from each delay, so that callers that failed together
     * do not retry together. At most initial-backoff. Default 50ms.
     */
    @WithDefault("50ms")
    @WithConverter(DurationConverter.class)
    Duration jitter();

    /** The retry budget, which caps retries during an outage. */
    RetryBudget budget();
  }

  /**
   * A token bucket of retries: every attempt that gets a response from Teleco (a success or a 4xx)
   * adds {@code ratio} tokens, up to {@code max-tokens}, and every retry takes one token. Without a
   * token, a failed call is not retried. So retries stay below {@code max-tokens} plus {@code
   * ratio} times the attempts that got a response.
   */
  interface RetryBudget {

    /** Tokens earned per attempt that gets a response, from 0 to 1. Default 0.2. */
    @WithDefault("0.2")
    @DecimalMin("0")
    @DecimalMax("1")
    double ratio();

    /** Tokens the bucket holds when full; it starts full. Default 10. */
    @WithDefault("10")
    @Min(1)
    int maxTokens();
  }

  /**
   * The circuit breaker on Teleco. It counts upstream faults only (5xx, timeouts, unreadable
   * responses, failed connections), never Teleco's 4xx responses.
   */
  interface CircuitBreaker {

    /**
     * Share of failed attempts among the last request-volume-threshold attempts that opens the
     * breaker, from 0 to 1. Default 0.5.
     */
    @WithDefault("0.5")
    @DecimalMin("0")
    @DecimalMax("1")
    double failureRatio();

    /** Number of most recent attempts the failure ratio is measured over. Default 20. */
    @WithDefault("20")
    @Min(1)
    int requestVolumeThreshold();

    /** Time the breaker stays open before it lets trial calls through. Default 5s. */
    @WithDefault("5s")
    @WithConverter(DurationConverter.class)
    Duration delay();

    /** Trial calls that must succeed in a row to close the breaker again. Default 2. */
    @WithDefault("2")
    @Min(1)
    int successThreshold();
  }
}
