package io.telecogateway.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The gateway's own configuration, everything under {@code gateway.*}. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

  /** Tenants by name: {@code gateway.tenants."<name>".*}. Empty by default. */
  Map<String, TenantConfig> tenants();

  /** The embedded Teleco simulator. */
  Simulator simulator();

  /** The storage of shared state. */
  State state();

  /** The default per-tenant request limit and the rate-limit store's failure policy. */
  RateLimit rateLimit();

  /** Limits on the gateway's own calls to Teleco. */
  Teleco teleco();

  /** Idempotency keys on {@code POST} requests under {@code /v1}. */
  Idempotency idempotency();

  /** Calls to Teleco: timeouts, retries and the circuit breaker. */
  Upstream upstream();

  /** Cached reference data: states, rate centers and providers. */
  CacheConfig cache();

  /** The operator endpoints under {@code /admin}. */
  Admin admin();

  /** Batch call forwarding: {@code POST /v1/call-forwards} and its removals. */
  Fanout fanout();

  /** One tenant: who may call as it, and the Teleco account it uses. */
  interface TenantConfig {

    /**
     * SHA-256 hashes of the caller keys that authenticate as this tenant, each written {@code
     * sha256:<64 hex digits>}, comma-separated. Several keys allow rotation. Required.
     */
    Optional<List<String>> callerKeyHashes();

    /** The Teleco account this tenant's calls use. */
    TelecoAccountConfig teleco();

    /** This tenant's request limit; absent values fall back to {@code gateway.rate-limit.*}. */
    Optional<TenantRateLimit> rateLimit();
  }

  /** One tenant's token bucket, overriding the defaults under {@code gateway.rate-limit.*}. */
  interface TenantRateLimit {

    /** Tokens added to the bucket per second; may be fractional, such as 0.5. */
    OptionalDouble requestsPerSecond();

    /** The bucket's capacity: the maximum tokens a burst of calls can spend at once. */
    OptionalLong burst();
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

  /** Per-tenant token buckets: the defaults, and what to do when the Redis store fails. */
  interface RateLimit {

    /**
     * Tokens added to each tenant's bucket per second, unless the tenant sets its own. Default 50.
     */
    @WithDefault("50")
    double requestsPerSecond();

    /** Each tenant's bucket capacity, unless the tenant sets its own. Default 100. */
    @WithDefault("100")
    long burst();

    /**
     * The behaviour when the Redis store fails or times out: {@code allow} admits the call
     * unchecked, {@code deny} rejects it with 429, {@code local} (the default) falls back to this
     * replica's in-memory buckets.
     */
    @WithDefault("local")
    StoreFailurePolicy onStoreFailure();

    /** How long one Redis decision may take before it counts as a store failure. Default 200ms. */
    @WithDefault("200ms")
    // Quarkus's converter reads "200ms" as well as ISO-8601, also where the mapping is built
    // without Quarkus, as unit tests do.
    @WithConverter(DurationConverter.class)
    Duration storeTimeout();

    /** The behaviour when the Redis rate-limit store is unavailable. */
    enum StoreFailurePolicy {
      ALLOW,
      DENY,
      LOCAL
    }
  }

  /** Limits on calls to Teleco, per Teleco account, shared by all tenants that use the account. */
  interface Teleco {

    /**
     * The maximum calls per second this replica sends to one Teleco account; calls over it wait or
     * fail with 503. 0 turns the limit off. Default 20.
     */
    @WithDefault("20")
    int maxRequestsPerSecond();

    /** How long a call over the limit may wait for its turn before it fails. Default 500ms. */
    @WithDefault("500ms")
    @WithConverter(DurationConverter.class)
    Duration maxQueueWait();
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
   * Idempotency keys: {@code gateway.idempotency.*}. Durations take Quarkus's forms, such as {@code
   * 24h}, {@code 90s} or {@code PT24H}, also where the configuration is built without Quarkus.
   */
  interface Idempotency {

    /**
     * How long a response is kept and replayed for a repeated key, counted from the first request.
     * Default 24h.
     */
    @WithDefault("24h")
    @WithConverter(DurationConverter.class)
    Duration ttl();

    /**
     * How long a key stays locked by a request that never stored its response, because its replica
     * stopped or its client disconnected before the response was written. After this time the key
     * can run again. It should exceed the longest time a {@code /v1} write can take. Default 5m.
     */
    @WithDefault("5m")
    @WithConverter(DurationConverter.class)
    Duration inFlightTimeout();

    /**
     * Memory backend only: the maximum number of keys stored. Past it, records are evicted before
     * their expiry (Caffeine chooses which), each with a warning. Default 100000.
     */
    @WithDefault("100000")
    long maxEntries();
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

    /**
     * Whether an open breaker turns readiness DOWN until its delay has passed, so that a load
     * balancer sends callers to other replicas. When every replica shares the outage, none of them
     * is ready, so callers get the balancer's error instead of a 503 problem. Set false to keep
     * replicas ready through an outage. Default true.
     */
    @WithDefault("true")
    boolean affectsReadiness();
  }

  /**
   * Cached reference data: {@code gateway.cache.*}. Durations take Quarkus's forms, such as {@code
   * 24h}, {@code 5m}, {@code 2s} or {@code PT24H}, also where the configuration is built without
   * Quarkus.
   */
  interface CacheConfig {

    /** The states list. */
    StatesCache states();

    /** The rate centers of each state. */
    RateCentersCache rateCenters();

    /** The providers list. */
    ProvidersCache providers();

    /**
     * How long past its TTL an entry may still be served while Teleco fails (stale-if-error). 0
     * turns stale serving off. Default 7d.
     */
    @WithDefault("7d")
    @WithConverter(DurationConverter.class)
    Duration maxStale();

    /**
     * Redis backend only: how long one command of the cache store may take before it counts as a
     * store failure. After a failed read the gateway calls Teleco, and after a failed write the
     * list is served without being stored. Default 500ms.
     */
    @WithDefault("500ms")
    @WithConverter(DurationConverter.class)
    Duration storeTimeout();

    /**
     * Memory backend only: the maximum number of entries of each kind. Past it, Caffeine evicts
     * entries before their expiry. Default 10000.
     */
    @WithDefault("10000")
    long maxEntries();
  }

  /** The cached states list: {@code gateway.cache.states.*}. */
  interface StatesCache {

    /** How long an entry is served without asking Teleco again. Default 24h. */
    @WithDefault("24h")
    @WithConverter(DurationConverter.class)
    Duration ttl();
  }

  /** The cached rate centers: {@code gateway.cache.rate-centers.*}. */
  interface RateCentersCache {

    /** How long an entry is served without asking Teleco again. Default 24h. */
    @WithDefault("24h")
    @WithConverter(DurationConverter.class)
    Duration ttl();
  }

  /** The cached providers list: {@code gateway.cache.providers.*}. */
  interface ProvidersCache {

    /** How long an entry is served without asking Teleco again. Default 5m. */
    @WithDefault("5m")
    @WithConverter(DurationConverter.class)
    Duration ttl();
  }

  /** The operator endpoints under {@code /admin}: {@code gateway.admin.*}. */
  interface Admin {

    /**
     * SHA-256 hashes of the operator keys accepted as {@code Authorization: Bearer <key>}, each
     * written {@code sha256:<64 hex digits>}, comma-separated. Unset (the default) turns the
     * operator endpoints off: they respond 404.
     */
    Optional<List<String>> keyHashes();
  }

  /**
   * Batch call forwarding, which sends one Teleco call per item. Each item keeps the timeout and
   * retries of a single call forward.
   */
  interface Fanout {

    /** The largest number of items in one batch, from 1 to 1000. Default 1000. */
    @WithDefault("1000")
    @Min(1)
    @Max(1000)
    int maxItems();

    /** Items of one batch sent to Teleco at the same time. Default 16. */
    @WithDefault("16")
    @Min(1)
    int concurrency();

    /**
     * Items sent to Teleco at the same time across all running batches of one tenant, so that one
     * tenant cannot take every connection to Teleco. Default 32.
     */
    @WithDefault("32")
    @Min(1)
    int tenantConcurrency();

    /**
     * Time allowed for a whole batch. Items not finished by then are cancelled and reported as
     * {@code upstream_timeout}. Default 30s.
     */
    @WithDefault("30s")
    @WithConverter(DurationConverter.class)
    Duration deadline();
  }
}
