package io.telecogateway.tenant;

import java.util.Optional;

/**
 * The credentials of one Teleco account: a username plus either a static api key or a password to
 * log in with. {@link #toString()} never shows the secrets.
 */
public final class TelecoAccount {

  private final String username;
  private final String apiKey;
  private final String password;

  private TelecoAccount(String username, String apiKey, String password) {
    this.username = username;
    this.apiKey = apiKey;
    this.password = password;
  }

  public static TelecoAccount withApiKey(String username, String apiKey) {
    return new TelecoAccount(username, apiKey, null);
  }

  public static TelecoAccount withPassword(String username, String password) {
    return new TelecoAccount(username, null, password);
  }

  public String username() {
    return username;
  }

  /** Returns the configured api key, empty when the account logs in with a password. */
  public Optional<String> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /** Returns the configured password, empty when the account has a static api key. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  @Override
  public String toString() {
    return "TelecoAccount[username="
        + username
        + ", "
        + (apiKey != null ? "api key" : "password")
        + "]";
  }
}
