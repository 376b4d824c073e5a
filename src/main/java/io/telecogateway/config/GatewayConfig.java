package io.telecogateway.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
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

  /** Idempotency keys on {@code POST} requests under {@code /v1}. */
  Idempotency idempotency();

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
}
