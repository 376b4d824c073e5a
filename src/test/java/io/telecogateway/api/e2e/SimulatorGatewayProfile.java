package io.telecogateway.api.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.telecogateway.testsupport.CallerKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Runs the gateway against the embedded simulator on the gateway's own port. The port is chosen
 * before start-up, because the upstream URL must name it.
 *
 * <p>Four tenants are configured. Tenants demo and acme use their static simulator api keys, and
 * acme's key contains a colon and non-ASCII characters. Tenants globex and demo-login log in with
 * their passwords. The gateway keeps the api key of a login per Teleco username for its whole run,
 * so only one test uses demo-login, and its first call is then known to log in.
 */
public class SimulatorGatewayProfile implements QuarkusTestProfile {

  static final String DEMO_CALLER_KEY = "test-caller-key-demo";
  static final String ACME_CALLER_KEY = "test-caller-key-acme";
  static final String GLOBEX_CALLER_KEY = "test-caller-key-globex";
  static final String DEMO_LOGIN_CALLER_KEY = "test-caller-key-demo-login";

  /** Seed api keys of the simulator's accounts. */
  static final String DEMO_API_KEY = "5d1c0e2a9b7f4c3e8a6f0b1d2c3e4f5a6b7c8d9e";

  static final String ACME_API_KEY = "acme:kéy/ü+=0123456789";

  static final int PORT = freePort();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("quarkus.http.test-port", String.valueOf(PORT)),
        Map.entry("gateway.simulator.enabled", "true"),
        Map.entry("quarkus.rest-client.teleco.url", "http://127.0.0.1:" + PORT),
        Map.entry("gateway.tenants.demo.caller-key-hashes", CallerKeys.hash(DEMO_CALLER_KEY)),
        Map.entry("gateway.tenants.demo.teleco.username", "demo"),
        Map.entry("gateway.tenants.demo.teleco.api-key", DEMO_API_KEY),
        Map.entry("gateway.tenants.acme.caller-key-hashes", CallerKeys.hash(ACME_CALLER_KEY)),
        Map.entry("gateway.tenants.acme.teleco.username", "acme"),
        Map.entry("gateway.tenants.acme.teleco.api-key", ACME_API_KEY),
        // The metrics cardinality test sends thousands of requests as acme in a few seconds.
        Map.entry("gateway.tenants.acme.rate-limit.requests-per-second", "100000"),
        Map.entry("gateway.tenants.acme.rate-limit.burst", "100000"),
        Map.entry("gateway.tenants.globex.caller-key-hashes", CallerKeys.hash(GLOBEX_CALLER_KEY)),
        Map.entry("gateway.tenants.globex.teleco.username", "globex"),
        Map.entry("gateway.tenants.globex.teleco.password", "globex-password"),
        Map.entry(
            "gateway.tenants.demo-login.caller-key-hashes", CallerKeys.hash(DEMO_LOGIN_CALLER_KEY)),
        Map.entry("gateway.tenants.demo-login.teleco.username", "demo"),
        Map.entry("gateway.tenants.demo-login.teleco.password", "demo-password"));
  }

  /**
   * Returns a port that was free a moment ago. Another process may take it before the gateway binds
   * it, which then fails the start with a clear bind error.
   */
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to find a free port for the gateway", e);
    }
  }
}
