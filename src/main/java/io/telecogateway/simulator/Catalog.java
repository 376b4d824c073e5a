package io.telecogateway.simulator;

import java.util.List;
import java.util.Optional;

/** Reference data that no call changes: the providers and the states with their rate centers. */
record Catalog(List<Provider> providers, List<UsState> states) {

  record Provider(long id, String name) {}

  /** A rate center and the area code (NPA) of its numbers. */
  record RateCenter(String stateId, String name, String areaCode) {}

  /** A state by its two-letter code, such as AL. */
  record UsState(String id, String name, List<RateCenter> rateCenters) {}

  Catalog {
    providers = List.copyOf(providers);
    states = List.copyOf(states);
  }

  Optional<Provider> provider(long id) {
    return providers.stream().filter(provider -> provider.id() == id).findFirst();
  }

  Optional<UsState> state(String id) {
    return states.stream().filter(state -> state.id().equals(id)).findFirst();
  }
}
