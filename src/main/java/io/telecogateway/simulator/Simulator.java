package io.telecogateway.simulator;

import java.util.concurrent.atomic.AtomicReference;

/** The simulated provider's state together with its fault injector and call counter. */
final class Simulator {

  private final AtomicReference<SimulatorState> state = new AtomicReference<>(SeedData.create());
  private final FaultInjector faults = new FaultInjector();
  private final CallCounter calls = new CallCounter();

  SimulatorState state() {
    return state.get();
  }

  FaultInjector faults() {
    return faults;
  }

  CallCounter calls() {
    return calls;
  }

  /** Restores the seed data and clears the faults and the call counts. */
  void reset() {
    state.set(SeedData.create());
    faults.clear();
    calls.clear();
  }
}
