package io.telecogateway.tenant;

import io.smallrye.mutiny.Uni;

/** Teleco's login call, implemented by the upstream client, which the credentials use. */
public interface TelecoLogin {

  /** Logs in and emits the account's api key; fails with the mapped upstream error. */
  Uni<String> login(String username, String password);
}
