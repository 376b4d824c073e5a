package io.telecogateway.upstream;

import io.smallrye.mutiny.Uni;
import io.telecogateway.tenant.TelecoLogin;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Teleco's login call ({@code POST /api/login}), which {@link
 * io.telecogateway.tenant.TelecoCredentials} uses to obtain api keys for accounts configured with a
 * password. A wrong username or password fails with 502 {@code upstream_unavailable}, because the
 * gateway's configuration is at fault, not the caller.
 */
@ApplicationScoped
public class HttpTelecoLogin implements TelecoLogin {

  private static final TelecoCall LOGIN = TelecoCall.login("POST", "/api/login");

  private final TelecoExchange exchange;
  private final UpstreamFaultTolerance faultTolerance;

  HttpTelecoLogin(TelecoExchange exchange, UpstreamFaultTolerance faultTolerance) {
    this.exchange = exchange;
    this.faultTolerance = faultTolerance;
  }

  /** Logs in; the call is retried like a read, because a login changes nothing. */
  @Override
  public Uni<String> login(String username, String password) {
    String body = TelecoRequests.login(username, password);
    return faultTolerance.call(
        LOGIN, () -> exchange.send(LOGIN, api -> api.login(body), EnvelopeDecoder.apiKey()));
  }
}
