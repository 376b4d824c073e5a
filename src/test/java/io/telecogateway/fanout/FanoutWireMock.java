package io.telecogateway.fanout;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Starts WireMock on a free loopback port as Teleco, counting the requests in flight, and
 * configures tenants whose caller key is {@code <name>-key} and whose Teleco account is {@code
 * <name>-user}. Init args replace or add configuration properties.
 */
public class FanoutWireMock implements QuarkusTestResourceLifecycleManager {

  private final Map<String, String> overrides = new HashMap<>();
  private final InFlightCounter inFlight = new InFlightCounter();
  private WireMockServer server;

  @Override
  public void init(Map<String, String> initArgs) {
    overrides.putAll(initArgs);
  }

  @Override
  public Map<String, String> start() {
    server =
        new WireMockServer(
            options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(200)
                .extensions(inFlight));
    server.start();
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.rest-client.teleco.url", "http://127.0.0.1:" + server.port());
    config.putAll(overrides);
    return config;
  }

  /** Adds a tenant with a static api key and the given bucket to the configuration. */
  public static void tenant(Map<String, String> config, String name, int burst, String perSecond) {
    String prefix = "gateway.tenants.\"" + name + "\".";
    config.put(prefix + "caller-key-hashes", "sha256:" + sha256Hex(name + "-key"));
    config.put(prefix + "teleco.username", name + "-user");
    config.put(prefix + "teleco.api-key", name + "-api-key");
    config.put(prefix + "rate-limit.burst", Integer.toString(burst));
    config.put(prefix + "rate-limit.requests-per-second", perSecond);
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        server,
        new TestInjector.AnnotatedAndMatchesType(InjectUpstream.class, WireMockServer.class));
    injector.injectIntoFields(
        inFlight,
        new TestInjector.AnnotatedAndMatchesType(InjectUpstream.class, InFlightCounter.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
