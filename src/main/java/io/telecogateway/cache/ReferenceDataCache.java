package io.telecogateway.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.telecogateway.cache.RefreshFailures.Handling;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.problem.ApiException;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.upstream.TelecoClient;
import io.telecogateway.upstream.UpstreamProvider;
import io.telecogateway.upstream.UpstreamRateCenter;
import io.telecogateway.upstream.UpstreamState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Serves states, rate centers and providers from a cache in front of Teleco.
 *
 * <ul>
 *   <li>An entry is fresh for its kind's TTL ({@code gateway.cache.<kind>.ttl}) and served without
 *       calling Teleco.
 *   <li>A missing or expired entry is loaded from Teleco, with one call per key at a time in this
 *       replica however many requests wait for it. Only successful responses are stored.
 *   <li>When the call for an expired entry fails because Teleco is down, slow or unreadable, the
 *       old entry is served for up to {@code gateway.cache.max-stale} past its TTL, with a warning
 *       and the {@code stale} metric. When Teleco responds that the resource is gone or the request
 *       wrong (4xx), the entry is removed and the error returned.
 *   <li>When the Redis store fails, requests are served from Teleco as if nothing were cached.
 * </ul>
 */
@Startup
@ApplicationScoped
public class ReferenceDataCache {

  private static final Logger LOG = Logger.getLogger(ReferenceDataCache.class);
  private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);
  private static final String STORE_UNAVAILABLE = "store_unavailable";

  private final TelecoClient teleco;
  private final CacheStore store;
  private final CacheSettings settings;
  private final CacheClock clock;
  private final CacheMetrics metrics;
  private final SingleFlight<CacheKey, Loaded> loads = new SingleFlight<>();
  private final Map<CacheKind, AtomicLong> generations = new EnumMap<>(CacheKind.class);
  private final Map<CacheKind, WarningThrottle> staleWarnings = new EnumMap<>(CacheKind.class);
  private final WarningThrottle storeWarnings;

  @Inject
  ReferenceDataCache(
      TelecoClient teleco,
      CacheStore store,
      GatewayConfig config,
      CacheClock clock,
      MeterRegistry registry) {
    this(teleco, store, CacheSettings.from(config.cache()), clock, registry);
  }

  /** Creates a cache on a given store, as a second replica sharing a Redis store would. */
  ReferenceDataCache(
      TelecoClient teleco,
      CacheStore store,
      CacheSettings settings,
      CacheClock clock,
      MeterRegistry registry) {
    this.teleco = teleco;
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.metrics = new CacheMetrics(registry);
    for (CacheKind kind : CacheKind.values()) {
      generations.put(kind, new AtomicLong());
      staleWarnings.put(kind, new WarningThrottle(WARNING_INTERVAL, clock));
    }
    this.storeWarnings = new WarningThrottle(WARNING_INTERVAL, clock);
  }

  public Uni<CachedItems<UpstreamState>> states(TelecoAccount account) {
    return lookup(CacheKey.states(account.username()), () -> teleco.listStates(account));
  }

  /**
   * Returns the rate centers of a state.
   *
   * @param state a two-letter code in either case; {@code al} and {@code AL} share one entry
   */
  public Uni<CachedItems<UpstreamRateCenter>> rateCenters(TelecoAccount account, String state) {
    CacheKey key = CacheKey.rateCenters(account.username(), state);
    return lookup(key, () -> teleco.listRateCenters(account, key.state()));
  }

  public Uni<CachedItems<UpstreamProvider>> providers(TelecoAccount account) {
    return lookup(CacheKey.providers(account.username()), () -> teleco.listProviders(account));
  }

  /**
   * Removes every entry of a kind, for every account, so that the next request of each calls
   * Teleco. Loads already under way still complete for the requests that wait for them, but store
   * nothing.
   */
  public Uni<Void> invalidate(CacheKind kind) {
    generations.get(kind).incrementAndGet();
    loads.forget(key -> key.kind() == kind);
    return store.clear(kind);
  }

  private <T> Uni<CachedItems<T>> lookup(CacheKey key, Supplier<Uni<List<T>>> call) {
    return read(key)
        .flatMap(
            read -> {
              CacheEntry entry = read.entry();
              Instant now = clock.now();
              if (entry != null && isFresh(key.kind(), entry, now)) {
                metrics.request(key.kind(), CacheOutcome.HIT.metricResult());
                LOG.debugf("Cache hit: %s", key);
                CacheStatus status = CacheStatus.hit(entry, settings.ttl(key.kind()), now);
                return Uni.createFrom().item(this.<T>served(entry, status));
              }
              return loads
                  .run(key, () -> load(key, call))
                  .map(result -> this.<T>fromTeleco(key, entry, read.storeFailed(), result))
                  .onFailure()
                  .recoverWithUni(failure -> this.<T>staleOrFailure(key, entry, failure));
            });
  }

  private boolean isFresh(CacheKind kind, CacheEntry entry, Instant now) {
    return now.isBefore(entry.fetchedAt().plus(settings.ttl(kind)));
  }

  /** Reads the key's entry; a store failure reads as no entry. */
  private Uni<StoreRead> read(CacheKey key) {
    return store
        .get(key)
        .map(entry -> new StoreRead(entry, false))
        .onFailure()
        .recoverWithItem(
            failure -> {
              storeFailed(key, "read", failure);
              return new StoreRead(null, true);
            });
  }

  /**
   * Calls Teleco and stores a successful response, unless the store has a fresh entry by now. Runs
   * once per key at a time. The second read closes a race: a request whose first read missed can
   * start its load just after another load for the key stored its entry and finished.
   */
  private <T> Uni<Loaded> load(CacheKey key, Supplier<Uni<List<T>>> call) {
    long generation = generations.get(key.kind()).get();
    return store
        .get(key)
        .onFailure()
        .recoverWithItem(
            failure -> {
              // The first read already counted and logged the store's failure.
              LOG.debugf("The second read of %s failed too: %s", key, failure.toString());
              return null;
            })
        .flatMap(
            entry -> {
              if (entry != null && isFresh(key.kind(), entry, clock.now())) {
                return Uni.createFrom().item(Loaded.fromStore(entry));
              }
              return callAndSave(key, call, generation);
            });
  }

  private <T> Uni<Loaded> callAndSave(CacheKey key, Supplier<Uni<List<T>>> call, long generation) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Timer.Sample sample = Timer.start();
              return call.get()
                  .onItemOrFailure()
                  .invoke((items, failure) -> sample.stop(metrics.load(key.kind())));
            })
        .onFailure()
        .call(failure -> evictIfGone(key, failure))
        .flatMap(items -> save(key, new CacheEntry(items, clock.now()), generation));
  }

  private Uni<Loaded> save(CacheKey key, CacheEntry entry, long generation) {
    if (generations.get(key.kind()).get() != generation) {
      LOG.debugf("Not storing %s: the cache was invalidated while it loaded", key);
      return Uni.createFrom().item(new Loaded(entry, false, false));
    }
    return store
        .put(key, entry)
        .map(ignored -> new Loaded(entry, true, false))
        .onFailure()
        .recoverWithItem(
            failure -> {
              storeFailed(key, "write", failure);
              return new Loaded(entry, false, true);
            });
  }

  private Uni<Void> evictIfGone(CacheKey key, Throwable failure) {
    if (RefreshFailures.handlingOf(failure) != Handling.EVICT) {
      return Uni.createFrom().voidItem();
    }
    // DEBUG: an unknown state sent by a caller takes this path too, on every request.
    LOG.debugf(
        "Removing the cached %s, if any: Teleco responded %s",
        key, RefreshFailures.codeOf(failure));
    return store
        .remove(key)
        .onFailure()
        .recoverWithItem(
            removeFailure -> {
              storeFailed(key, "delete", removeFailure);
              return null;
            });
  }

  @SuppressWarnings("unchecked")
  private <T> CachedItems<T> served(CacheEntry entry, CacheStatus status) {
    return new CachedItems<>((List<T>) entry.items(), status);
  }

  private <T> CachedItems<T> fromTeleco(
      CacheKey key, CacheEntry previous, boolean readFailed, SingleFlight.Result<Loaded> result) {
    Loaded loaded = result.value();
    if (loaded.fromStore()) {
      metrics.request(key.kind(), CacheOutcome.HIT.metricResult());
      LOG.debugf("Cache hit on the second read: %s", key);
      return served(
          loaded.entry(), CacheStatus.hit(loaded.entry(), settings.ttl(key.kind()), clock.now()));
    }
    CacheOutcome outcome = previous == null ? CacheOutcome.MISS : CacheOutcome.REFRESH;
    metrics.request(key.kind(), outcome.metricResult());
    LOG.debugf("Cache %s: %s", outcome == CacheOutcome.MISS ? "miss" : "refresh", key);
    CacheStatus status =
        new CacheStatus(
            outcome,
            loaded.entry().fetchedAt(),
            settings.ttl(key.kind()),
            clock.now(),
            loaded.stored(),
            result.collapsed(),
            0,
            readFailed || loaded.writeFailed() ? STORE_UNAVAILABLE : null);
    return served(loaded.entry(), status);
  }

  private <T> Uni<CachedItems<T>> staleOrFailure(
      CacheKey key, CacheEntry entry, Throwable failure) {
    Instant now = clock.now();
    if (entry != null && RefreshFailures.handlingOf(failure) == Handling.SERVE_STALE) {
      Duration age = Duration.between(entry.fetchedAt(), now);
      Duration limit = settings.retention(key.kind());
      if (age.compareTo(limit) < 0) {
        return Uni.createFrom().item(serveStale(key, entry, failure, now));
      }
      LOG.infof(
          "Not serving the cached %s: it is %d s old, past its TTL plus gateway.cache.max-stale"
              + " (%d s)",
          key, age.toSeconds(), limit.toSeconds());
    }
    metrics.request(key.kind(), "error");
    return Uni.createFrom().failure(failure);
  }

  private <T> CachedItems<T> serveStale(
      CacheKey key, CacheEntry entry, Throwable failure, Instant now) {
    metrics.request(key.kind(), CacheOutcome.STALE.metricResult());
    CacheStatus status =
        new CacheStatus(
            CacheOutcome.STALE,
            entry.fetchedAt(),
            settings.ttl(key.kind()),
            now,
            false,
            false,
            RefreshFailures.forwardStatusOf(failure),
            RefreshFailures.codeOf(failure));
    OptionalLong suppressed = staleWarnings.get(key.kind()).permit();
    if (suppressed.isPresent()) {
      LOG.warnf(
          "Serving the cached %s %d s past its TTL, because Teleco failed: %s%s",
          key,
          -status.remainingSeconds(),
          describe(failure),
          suppressed.getAsLong() == 0
              ? ""
              : " ("
                  + suppressed.getAsLong()
                  + " earlier stale serves of "
                  + key.kind().id()
                  + " were not logged)");
    }
    return served(entry, status);
  }

  private void storeFailed(CacheKey key, String operation, Throwable failure) {
    metrics.storeFailure(key.kind());
    OptionalLong suppressed = storeWarnings.permit();
    if (suppressed.isPresent()) {
      LOG.warnf(
          "The cache store failed to %s %s, so Teleco is called instead: %s%s",
          operation,
          key,
          failure.toString(),
          suppressed.getAsLong() == 0
              ? ""
              : " (" + suppressed.getAsLong() + " earlier store failures were not logged)");
    } else {
      LOG.debugf(failure, "The cache store failed to %s %s", operation, key);
    }
  }

  private static String describe(Throwable failure) {
    if (failure instanceof ApiException api) {
      return api.code().code() + " (" + api.detail() + ")";
    }
    return failure.toString();
  }

  private record StoreRead(CacheEntry entry, boolean storeFailed) {}

  /**
   * The result of one load: a call to Teleco, or an entry that the second read found fresh.
   *
   * @param stored whether the response of Teleco was stored
   * @param writeFailed whether storing it failed
   * @param fromStore whether the entry came from the second read, without a call to Teleco
   */
  private record Loaded(CacheEntry entry, boolean stored, boolean writeFailed, boolean fromStore) {

    Loaded(CacheEntry entry, boolean stored, boolean writeFailed) {
      this(entry, stored, writeFailed, false);
    }

    /** Creates the result for an entry that another load stored and the second read found fresh. */
    static Loaded fromStore(CacheEntry entry) {
      return new Loaded(entry, false, false, true);
    }
  }
}
