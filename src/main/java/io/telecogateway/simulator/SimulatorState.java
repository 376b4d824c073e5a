package io.telecogateway.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole state of the simulated provider. A reset replaces the instance, so a call that is in
 * flight during a reset finishes against the old state and cannot leak into the new one.
 */
final class SimulatorState {

  private final Catalog catalog;
  private final NumberPool pool;
  private final IdSequences ids;
  private final Map<String, Account> accountsByUsername = new LinkedHashMap<>();

  SimulatorState(Catalog catalog, NumberPool pool, IdSequences ids, List<Account> accounts) {
    this.catalog = catalog;
    this.pool = pool;
    this.ids = ids;
    for (Account account : accounts) {
      accountsByUsername.put(account.username(), account);
    }
  }

  Catalog catalog() {
    return catalog;
  }

  NumberPool pool() {
    return pool;
  }

  IdSequences ids() {
    return ids;
  }

  Optional<Account> account(String username) {
    return Optional.ofNullable(accountsByUsername.get(username));
  }

  /** Finds an account by its username, or by its email without regard to case. */
  Optional<Account> accountByLogin(String login) {
    Account byUsername = accountsByUsername.get(login);
    if (byUsername != null) {
      return Optional.of(byUsername);
    }
    String email = login.toLowerCase(Locale.ROOT);
    return accountsByUsername.values().stream()
        .filter(account -> account.email().toLowerCase(Locale.ROOT).equals(email))
        .findFirst();
  }
}
