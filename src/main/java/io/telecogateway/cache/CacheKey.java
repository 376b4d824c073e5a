package io.telecogateway.cache;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of one cached list: its kind, the Teleco account (username) it was fetched with, and for
 * rate centers the state code in upper case. Tenants that use the same Teleco account share
 * entries; tenants on different accounts never see each other's.
 *
 * @param state the two-letter state code of a rate-centers key, null for the other kinds
 */
public record CacheKey(CacheKind kind, String username, String state) {

  /** The prefix of every Redis key of the cache. */
  public static final String STORAGE_PREFIX = "teleco-gateway:cache:";

  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");

  public CacheKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(username, "username");
    if ((kind == CacheKind.RATE_CENTERS) != (state != null)) {
      throw new IllegalArgumentException("Only a rate-centers key has a state, and it needs one");
    }
    if (state != null && !STATE_CODE.matcher(state).matches()) {
      throw new IllegalArgumentException("The state of a cache key must be two upper-case letters");
    }
  }

  public static CacheKey states(String username) {
    return new CacheKey(CacheKind.STATES, username, null);
  }

  /** Creates the key of a state's rate centers; {@code al} and {@code AL} give the same key. */
  public static CacheKey rateCenters(String username, String state) {
    return new CacheKey(CacheKind.RATE_CENTERS, username, state.toUpperCase(Locale.ROOT));
  }

  public static CacheKey providers(String username) {
    return new CacheKey(CacheKind.PROVIDERS, username, null);
  }

  /**
   * Returns the Redis key, {@code teleco-gateway:cache:<kind>:<username>[:<state>]}. A username may
   * contain a colon, but a state code never does, so two keys of one kind never collide.
   */
  public String storageKey() {
    String key = STORAGE_PREFIX + kind.id() + ":" + username;
    return state == null ? key : key + ":" + state;
  }

  /** Returns the Redis key pattern that matches every key of a kind, for {@code SCAN}. */
  static String storagePattern(CacheKind kind) {
    return STORAGE_PREFIX + kind.id() + ":*";
  }

  /** Describes the key for log lines: kind, account and state, never a credential. */
  @Override
  public String toString() {
    return kind.id() + " of account " + username + (state == null ? "" : " in state " + state);
  }
}
