package io.telecogateway.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a {@link RedisServer} for a {@code @QuarkusTest} and points the gateway at it, with the
 * Redis state backend. The server is reachable from the test through {@link #server()}, so that a
 * test can stop it to exercise a failure.
 */
public class RedisServerResource implements QuarkusTestResourceLifecycleManager {

  private static volatile RedisServer current;

  @Override
  public Map<String, String> start() {
    current = RedisServer.start();
    return Map.of("quarkus.redis.hosts", current.uri(), "gateway.state.backend", "redis");
  }

  @Override
  public void stop() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  /** Returns the server of the running test resource. */
  public static RedisServer server() {
    if (current == null) {
      throw new IllegalStateException("No RedisServerResource is running");
    }
    return current;
  }
}
