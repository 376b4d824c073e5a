package io.telecogateway.idempotency;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Points {@code quarkus.redis.hosts} at a loopback socket that accepts and counts connections and
 * never replies, to prove that a gateway on the memory backend does not connect to Redis. The count
 * is injected into test fields annotated with {@link Connections}.
 */
public class RedisConnectionRecorder implements QuarkusTestResourceLifecycleManager {

  /** Marks the {@link AtomicInteger} field that receives the number of accepted connections. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Connections {}

  private final AtomicInteger connections = new AtomicInteger();
  private ServerSocket server;

  @Override
  public Map<String, String> start() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException("Could not open a loopback socket", e);
    }
    Thread acceptor = new Thread(this::acceptAll, "redis-connection-recorder");
    acceptor.setDaemon(true);
    acceptor.start();
    return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + server.getLocalPort());
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        connections,
        new TestInjector.AnnotatedAndMatchesType(Connections.class, AtomicInteger.class));
  }

  @Override
  public void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new IllegalStateException("Could not close the loopback socket", e);
    }
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        connections.incrementAndGet();
      } catch (IOException e) {
        // The socket was closed by stop().
        return;
      }
    }
  }
}
