package io.telecogateway.upstream;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoLogin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the fault-tolerance tests against {@link TelecoWireMock} with short timings, retries on, a
 * retry budget too large to run out during a test, and a small circuit breaker window.
 */
public class FaultToleranceProfile implements QuarkusTestProfile {

  static final int READ_TIMEOUT_MILLIS = 300;
  static final int WRITE_TIMEOUT_MILLIS = 600;
  static final int LOGIN_TIMEOUT_MILLIS = 300;
  static final int MAX_ATTEMPTS = 3;
  static final int BREAKER_WINDOW = 6;
  static final int BREAKER_DELAY_MILLIS = 500;
  static final int BREAKER_SUCCESS_THRESHOLD = 2;

  private static boolean warmedUp;

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(TelecoWireMock.class, settings()));
  }

  static Map<String, String> settings() {
    Map<String, String> settings = new HashMap<>();
    // The REST client's idle read timeout stays above every call timeout, so that the call
    // timeouts are the ones under test.
    settings.put("quarkus.rest-client.teleco.read-timeout", "5000");
    settings.put("gateway.upstream.read-timeout", READ_TIMEOUT_MILLIS + "ms");
    settings.put("gateway.upstream.write-timeout", WRITE_TIMEOUT_MILLIS + "ms");
    settings.put("gateway.upstream.login-timeout", LOGIN_TIMEOUT_MILLIS + "ms");
    settings.put("gateway.upstream.retry.max-attempts", Integer.toString(MAX_ATTEMPTS));
    settings.put("gateway.upstream.retry.initial-backoff", "10ms");
    settings.put("gateway.upstream.retry.max-backoff", "40ms");
    settings.put("gateway.upstream.retry.jitter", "5ms");
    settings.put("gateway.upstream.retry.budget.max-tokens", "100000");
    settings.put("gateway.upstream.circuit-breaker.failure-ratio", "0.5");
    settings.put(
        "gateway.upstream.circuit-breaker.request-volume-threshold",
        Integer.toString(BREAKER_WINDOW));
    settings.put("gateway.upstream.circuit-breaker.delay", BREAKER_DELAY_MILLIS + "ms");
    settings.put(
        "gateway.upstream.circuit-breaker.success-threshold",
        Integer.toString(BREAKER_SUCCESS_THRESHOLD));
    return settings;
  }

  /**
   * Sends a read and a write once per application start, so that the REST client's first-use setup,
   * which can take longer than the short timeouts here, does not fall into a test. Tests reset
   * WireMock afterwards.
   */
  static synchronized void warmUp(
      WireMockServer wireMock, TelecoClient client, TelecoLogin login, TelecoAccount account) {
    if (warmedUp) {
      return;
    }
    for (UpstreamCase call :
        List.of(
            UpstreamCase.reads().findFirst().orElseThrow(),
            UpstreamCase.nonIdempotentWrites().findFirst().orElseThrow())) {
      wireMock.stubFor(
          call.stub()
              .willReturn(
                  TelecoErrorMappingTest.json(
                      call.successStatus(),
                      TelecoErrorMappingTest.envelope(
                          call.successStatus(), 0, call.successData()))));
      // A cold first attempt may time out; the warm-up has done its work either way.
      call.send(client, login, account).onFailure().recoverWithNull().await().indefinitely();
    }
    warmedUp = true;
  }
}
