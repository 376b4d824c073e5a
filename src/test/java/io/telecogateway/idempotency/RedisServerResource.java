package io.telecogateway.idempotency;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a throwaway {@code redis-server} on a free loopback port, without persistence, and points
 * the gateway at it with the Redis state backend. Stops it by its process id afterwards.
 */
public class RedisServerResource implements QuarkusTestResourceLifecycleManager {

  private static final List<String> BINARIES = List.of("/usr/bin/redis-server", "redis-server");

  private Process process;

  @Override
  public Map<String, String> start() {
    String binary = findBinary();
    int port = freePort();
    Path log = Path.of("target", "redis-server-" + port + ".log");
    try {
      Files.createDirectories(log.getParent());
      process =
          new ProcessBuilder(
                  binary,
                  "--bind",
                  "127.0.0.1",
                  "--port",
                  Integer.toString(port),
                  "--save",
                  "",
                  "--appendonly",
                  "no")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + binary, e);
    }
    awaitPong(port, log);
    return Map.of(
        "quarkus.redis.hosts", "redis://127.0.0.1:" + port, "gateway.state.backend", "redis");
  }

  @Override
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String findBinary() {
    for (String candidate : BINARIES) {
      if (candidate.contains("/") ? new File(candidate).canExecute() : onPath(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "redis-server was not found at /usr/bin/redis-server or on PATH; the Redis-backed tests"
            + " need it: apt-get install redis-server");
  }

  private static boolean onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (new File(dir, name).canExecute()) {
        return true;
      }
    }
    return false;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("Could not find a free loopback port", e);
    }
  }

  private void awaitPong(int port, Path log) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "redis-server exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
      }
      if (answersPing(port)) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for redis-server", e);
      }
    }
    stop();
    throw new IllegalStateException(
        "redis-server did not answer PING within 10 s; see " + log.toAbsolutePath());
  }

  private static boolean answersPing(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] reply = new byte[7];
      int read = in.readNBytes(reply, 0, reply.length);
      return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }
}
