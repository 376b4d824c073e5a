package io.telecogateway.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port that was free a moment ago and on which nothing listens. Another process may bind
 * it later, which would make a test that expects refused connections fail, not pass wrongly.
 */
final class ClosedPort {

  static final int PORT = find();

  private ClosedPort() {}

  private static int find() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to find a free port", e);
    }
  }
}
