package io.telecogateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchCostTest {

  @Test
  void costIsItemCount() {
    assertThat(cost("{\"items\":[{\"numberId\":\"1\"},{\"numberId\":\"2\"},{\"numberId\":\"3\"}]}"))
        .isEqualTo(3);
  }

  @Test
  void nestedArraysAndOtherFieldsAreNotCounted() {
    String body =
        "{\"before\":{\"items\":[1,2,3,4]},"
            + "\"items\":[{\"tags\":[1,2,3]},[5,6],\"x\",null],"
            + "\"after\":[1,2,3,4,5]}";

    assertThat(cost(body)).isEqualTo(4);
  }

  @Test
  void unreadableBodyCostsOne() {
    assertThat(cost("")).isEqualTo(1);
    assertThat(cost("not json")).isEqualTo(1);
    assertThat(cost("[1,2,3]")).isEqualTo(1);
    assertThat(cost("{\"items\":[1,2,3")).isEqualTo(1);
    assertThat(cost("{\"items\":5}")).isEqualTo(1);
    assertThat(cost("{\"other\":[1,2]}")).isEqualTo(1);
  }

  @Test
  void emptyItemsCostsOne() {
    assertThat(cost("{\"items\":[]}")).isEqualTo(1);
  }

  @Test
  void lastItemsFieldCounts() {
    assertThat(cost("{\"items\":[1,2,3,4,5],\"items\":[1,2]}")).isEqualTo(2);
  }

  private static long cost(String body) {
    return BatchCost.of(body.getBytes(StandardCharsets.UTF_8));
  }
}
