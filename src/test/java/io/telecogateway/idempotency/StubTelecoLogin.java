package io.telecogateway.idempotency;

import io.smallrye.mutiny.Uni;
import io.telecogateway.tenant.TelecoLogin;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * Satisfies {@link TelecoLogin} until the upstream client provides it. The test tenants have static
 * api keys, so no test logs in.
 *
 * <p>TODO: delete once the upstream client implements {@link TelecoLogin} on this branch.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StubTelecoLogin implements TelecoLogin {

  @Override
  public Uni<String> login(String username, String password) {
    return Uni.createFrom()
        .failure(new UnsupportedOperationException("The idempotency tests never log in"));
  }
}
