package io.telecogateway.api.e2e;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link SimulatorGatewayProfile} for the packaged application. The integration-test launcher
 * passes {@code -Dquarkus.http.port} from application.properties' test port (0, a random port),
 * which the simulator's URL cannot name; the override here comes later on the command line, so the
 * process listens on the port that the URL names. The shutdown delay is dropped so the process
 * stops at once after the tests.
 */
public class PackagedGatewayProfile extends SimulatorGatewayProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
    overrides.put("quarkus.http.port", String.valueOf(PORT));
    overrides.put("quarkus.shutdown.delay", "0s");
    return overrides;
  }
}
