package io.telecogateway.fanout;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * {@link FanoutProfile} with a batch deadline of 3 s, a write timeout of 5 s, and a call ceiling of
 * 50 calls per second per Teleco account with no wait for a turn.
 */
public class FanoutLimitsProfile implements QuarkusTestProfile {

  static final int DEADLINE_MILLIS = 3000;
  static final int CEILING_PER_SECOND = 50;

  @Override
  public List<TestResourceEntry> testResources() {
    Map<String, String> config = FanoutProfile.settings();
    config.put("gateway.fanout.deadline", DEADLINE_MILLIS + "ms");
    config.put("gateway.upstream.write-timeout", "5s");
    config.put("gateway.teleco.max-requests-per-second", Integer.toString(CEILING_PER_SECOND));
    config.put("gateway.teleco.max-queue-wait", "0s");
    FanoutWireMock.tenant(config, "paced", 2000, "1000");
    return List.of(new TestResourceEntry(FanoutWireMock.class, config));
  }
}
