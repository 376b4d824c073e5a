package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts WireMock on a free loopback port as the Teleco upstream, and configures two tenants:
 * {@code acme} with a static api key that contains a colon and non-ASCII characters, and {@code
 * beta} with a password. Retries are off, so that each call is one exchange; the circuit breaker
 * stays on, so tests reset it before each test.
 */
public class TelecoWireMock implements QuarkusTestResourceLifecycleManager {

  static final String ACME_USERNAME = "acme";
  static final String ACME_API_KEY = "k3y:wïth-cölon€";

  /**
   * The Basic header of tenant acme, {@code base64("acme:k3y:wïth-cölon€")} over UTF-8, computed
   * outside the gateway's code.
   */
  static final String ACME_AUTHORIZATION = "Basic YWNtZTprM3k6d8OvdGgtY8O2bG9u4oKs";

  static final String BETA_USERNAME = "beta-user";
  static final String BETA_PASSWORD = "beta-pässword";

  /** The read timeout the tests run with, in milliseconds. */
  static final int READ_TIMEOUT_MILLIS = 1000;

  private final Map<String, String> overrides = new HashMap<>();
  private WireMockServer server;

  /** Takes each init arg as a configuration property that replaces the one set here. */
  @Override
  public void init(Map<String, String> initArgs) {
    overrides.putAll(initArgs);
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    Map<String, String> config = new HashMap<>(defaults());
    config.putAll(overrides);
    return config;
  }

  private Map<String, String> defaults() {
    return Map.of(
        "quarkus.rest-client.teleco.url",
        "http://127.0.0.1:" + server.port(),
        "quarkus.rest-client.teleco.read-timeout",
        Integer.toString(READ_TIMEOUT_MILLIS),
        // Each call is one exchange unless a test turns retries on again.
        "gateway.upstream.retry.max-attempts",
        "1",
        "gateway.tenants.\"acme\".caller-key-hashes",
        // SHA-256 of "acme-caller-key"
        "sha256:327cd5ae5d894b781db9ac3ccc3f3a9a01e48e552f3978003a66b485b10343bb",
        "gateway.tenants.\"acme\".teleco.username",
        ACME_USERNAME,
        "gateway.tenants.\"acme\".teleco.api-key",
        ACME_API_KEY,
        "gateway.tenants.\"beta\".caller-key-hashes",
        // SHA-256 of "beta-caller-key"
        "sha256:10b743cfc9d525cb0bd4c595c9ea0f500c5247175bc370fc6721a5ad6468e648",
        "gateway.tenants.\"beta\".teleco.username",
        BETA_USERNAME,
        "gateway.tenants.\"beta\".teleco.password",
        BETA_PASSWORD);
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        server,
        new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
