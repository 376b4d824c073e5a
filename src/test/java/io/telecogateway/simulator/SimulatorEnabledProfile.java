package io.telecogateway.simulator;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Turns the simulator on, which the default test configuration leaves off. */
public class SimulatorEnabledProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("gateway.simulator.enabled", "true");
  }
}
