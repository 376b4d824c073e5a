package io.telecogateway.cache;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.telecogateway.upstream.InjectWireMock;
import java.util.Map;

/** Starts WireMock on a free loopback port as the Teleco upstream of the cache tests. */
public class CacheWireMock implements QuarkusTestResourceLifecycleManager {

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return Map.of(
        "quarkus.rest-client.teleco.url",
        "http://127.0.0.1:" + server.port(),
        "quarkus.rest-client.teleco.read-timeout",
        Long.toString(CacheProfile.READ_TIMEOUT.toMillis()));
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
