package io.telecogateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.telecogateway.api.model.ItemList;
import io.telecogateway.api.model.State;
import io.telecogateway.upstream.UpstreamState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedListTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writesSameJsonAsSerializing() throws Exception {
    List<UpstreamState> upstream = new ArrayList<>();
    upstream.add(new UpstreamState("AL", "Alabama"));
    upstream.add(new UpstreamState("PR", "Puerto Rico \"Borinquén\" \\ \u2028"));
    upstream.add(new UpstreamState("XX", null));
    upstream.add(new UpstreamState(null, "No code"));

    ItemList<State> rendered = RenderedList.itemList(upstream, ModelMapper::state, mapper);
    ItemList<State> serialized = ItemList.of(upstream, ModelMapper::state);

    assertThat(mapper.writeValueAsString(rendered))
        .isEqualTo(mapper.writeValueAsString(serialized));
  }

  @Test
  void emptyListIsEmptyArray() throws Exception {
    ItemList<State> rendered = RenderedList.itemList(List.of(), ModelMapper::state, mapper);

    assertThat(mapper.writeValueAsString(rendered)).isEqualTo("{\"items\":[]}");
  }

  @Test
  void listHoldsMappedItems() {
    ItemList<State> rendered =
        RenderedList.itemList(
            List.of(new UpstreamState("AL", "Alabama")), ModelMapper::state, mapper);

    assertThat(rendered.items()).containsExactly(new State("AL", "Alabama"));
  }

  @Test
  void laterChangesToSourceAreNotRendered() throws Exception {
    List<UpstreamState> upstream = new ArrayList<>(List.of(new UpstreamState("AL", "Alabama")));

    ItemList<State> rendered = RenderedList.itemList(upstream, ModelMapper::state, mapper);
    upstream.add(new UpstreamState("AK", "Alaska"));

    assertThat(mapper.writeValueAsString(rendered))
        .isEqualTo("{\"items\":[{\"code\":\"AL\",\"name\":\"Alabama\"}]}");
  }
}
