package io.telecogateway.api.e2e;

import java.util.HashMap;
import java.util.Map;

/**
 * The simulator profile with the gateway's own DEBUG lines on, so that the scan covers them too.
 */
public class SecretScanProfile extends SimulatorGatewayProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
    overrides.put("quarkus.log.category.\"io.telecogateway\".level", "DEBUG");
    return overrides;
  }
}
