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
        Long.toString(CacheProfile.READ_TIMEOUT.toMillis()),
        "gateway.upstream.read-timeout",
        CacheProfile.READ_TIMEOUT.toMillis() + "ms",
        // One exchange per call, so the tests count cache misses, not retries.
        "gateway.upstream.retry.max-attempts",
        "1",
        // Failures are injected on purpose; the breaker must not turn later calls into 503s.
        "gateway.upstream.circuit-breaker.request-volume-threshold",
        "100000",
        "gateway.teleco.max-requests-per-second",
        "0");
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
