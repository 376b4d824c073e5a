package io.telecogateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AllowHeaderFilterTest {

  @Test
  void templateParametersMatchOneSegment() {
    Pattern pattern = AllowHeaderFilter.patternOf("/v1/states/{state}/rate-centers");

    assertThat(pattern.matcher("/v1/states/AL/rate-centers").matches()).isTrue();
    assertThat(pattern.matcher("/v1/states/AL/rate-centers/").matches()).isTrue();
    assertThat(pattern.matcher("/v1/states/A/L/rate-centers").matches()).isFalse();
    assertThat(pattern.matcher("/v1/states//rate-centers").matches()).isFalse();
  }

  @Test
  void classAndMethodPathsJoined() {
    assertThat(
            AllowHeaderFilter.patternOf("/v1/numbers/" + "{id}").matcher("/v1/numbers/5").matches())
        .isTrue();
    assertThat(AllowHeaderFilter.patternOf("/v1/carriers/").matcher("/v1/carriers").matches())
        .isTrue();
    assertThat(AllowHeaderFilter.patternOf("/v1/" + "states").matcher("/v1/statesX").matches())
        .isFalse();
  }
}
