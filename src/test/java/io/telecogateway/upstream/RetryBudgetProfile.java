package io.telecogateway.upstream;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * {@link FaultToleranceProfile} with a small retry budget and a circuit breaker that cannot open
 * within a test, so that only the budget limits retries.
 */
public class RetryBudgetProfile implements QuarkusTestProfile {

  static final int MAX_TOKENS = 5;
  static final double RATIO = 0.2;

  @Override
  public List<TestResourceEntry> testResources() {
    Map<String, String> settings = FaultToleranceProfile.settings();
    settings.put("gateway.upstream.retry.budget.max-tokens", Integer.toString(MAX_TOKENS));
    settings.put("gateway.upstream.retry.budget.ratio", Double.toString(RATIO));
    settings.put("gateway.upstream.circuit-breaker.request-volume-threshold", "100000");
    return List.of(new TestResourceEntry(TelecoWireMock.class, settings));
  }
}
