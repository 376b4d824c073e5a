package io.telecogateway.testsupport;

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
import java.util.concurrent.TimeUnit;

/**
 * A throwaway {@code redis-server} on a free loopback port, without persistence. It is stopped by
 * its PID, and at the latest when the JVM exits.
 */
public final class RedisServer implements AutoCloseable {

  public static final Path BINARY = Path.of("/usr/bin/redis-server");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread stopAtExit;

  private RedisServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.stopAtExit = new Thread(process::destroyForcibly, "redis-server-" + port + "-stop");
    Runtime.getRuntime().addShutdownHook(stopAtExit);
  }

  /** Starts a server and waits until it replies to {@code PING}. */
  public static RedisServer start() {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          BINARY
              + " is missing; the Redis tests need a local Redis server: apt-get install"
              + " redis-server");
    }
    try {
      int port = freePort();
      Path log = Files.createTempFile("redis-server-" + port + "-", ".log");
      Process process =
          new ProcessBuilder(
                  BINARY.toString(),
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
      RedisServer server = new RedisServer(process, port, log);
      server.awaitPong();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("Failed to start " + BINARY, e);
    }
  }

  public int port() {
    return port;
  }

  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Stops the server (SIGTERM to its PID, then SIGKILL after 5 s) and waits for it to exit. */
  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
      Files.deleteIfExists(log);
    } catch (IllegalStateException | IOException e) {
      // The JVM is exiting, or the log is already gone: nothing is left to clean up.
    }
  }

  private void awaitPong() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "redis-server exited at start with code " + process.exitValue() + ":\n" + logText());
      }
      if (answersPing()) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for redis-server", e);
      }
    }
    stop();
    throw new IllegalStateException(
        "redis-server did not answer PING on port "
            + port
            + " within "
            + START_TIMEOUT
            + ":\n"
            + logText());
  }

  private boolean answersPing() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
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

  private String logText() throws IOException {
    return Files.readString(log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * Returns a loopback port where nothing listened a moment ago, for tests of an unreachable Redis.
   */
  public static int unusedPort() {
    try {
      return freePort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Failed to find a free loopback port", e);
    }
  }
}
