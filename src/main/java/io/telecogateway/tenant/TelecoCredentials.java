package io.telecogateway.tenant;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Supplies the api key for a Teleco account. A static key is used as configured. For an account
 * with a password, the first call logs in and keeps the key in memory. Concurrent callers share
 * that one login. A key that Teleco rejected is replaced by logging in again, once, however many
 * callers saw the rejection.
 */
@ApplicationScoped
public class TelecoCredentials {

  private static final Logger LOG = Logger.getLogger(TelecoCredentials.class);

  private final TelecoLogin login;
  private final Map<String, Uni<String>> sessions = new ConcurrentHashMap<>();

  public TelecoCredentials(TelecoLogin login) {
    this.login = login;
  }

  /** Emits the api key to send for the account, logging in first when none is held. */
  public Uni<String> apiKey(TelecoAccount account) {
    if (account.apiKey().isPresent()) {
      return Uni.createFrom().item(account.apiKey().get());
    }
    return sessions.computeIfAbsent(account.username(), username -> newSession(account));
  }

  /**
   * Discards a key Teleco rejected and emits a fresh one. When another caller already replaced that
   * key, its replacement is shared instead of logging in again.
   *
   * @return the new key, or empty for an account with a static key, which cannot be refreshed
   */
  public Uni<String> refresh(TelecoAccount account, String rejectedKey) {
    if (account.password().isEmpty()) {
      return Uni.createFrom().nullItem();
    }
    return apiKey(account)
        .onFailure()
        .recoverWithNull()
        .chain(
            current -> {
              if (current != null && !current.equals(rejectedKey)) {
                return Uni.createFrom().item(current);
              }
              Uni<String> stale = sessions.get(account.username());
              Uni<String> fresh = newSession(account);
              if (stale == null
                  ? sessions.putIfAbsent(account.username(), fresh) == null
                  : sessions.replace(account.username(), stale, fresh)) {
                LOG.infof(
                    "Teleco rejected the api key of account %s; logging in again",
                    account.username());
                return fresh;
              }
              return apiKey(account);
            });
  }

  private Uni<String> newSession(TelecoAccount account) {
    AtomicReference<Uni<String>> self = new AtomicReference<>();
    Uni<String> session =
        Uni.createFrom()
            .deferred(
                () -> {
                  LOG.infof("Logging in to Teleco as account %s", account.username());
                  return login.login(account.username(), account.password().orElseThrow());
                })
            .onFailure()
            .invoke(
                e -> {
                  // A failed login is not kept: the next request tries again.
                  sessions.remove(account.username(), self.get());
                  LOG.warnf(
                      "Login to Teleco as account %s failed: %s", account.username(), e.toString());
                })
            .memoize()
            .indefinitely();
    self.set(session);
    return session;
  }
}
