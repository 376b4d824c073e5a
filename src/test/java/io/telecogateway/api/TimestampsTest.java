package io.telecogateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-04T19:58:51.000Z      | 2026-12-04T19:58:51Z",
        "2026-12-04T19:58:51Z          | 2026-12-04T19:58:51Z",
        "2026-12-04T19:58:51.250Z      | 2026-12-04T19:58:51.250Z",
        "2026-12-04T21:58:51+02:00     | 2026-12-04T19:58:51Z",
        "2026-12-04T14:58:51-0500      | 2026-12-04T19:58:51Z",
        "2026-12-04 19:58:51 UTC       | 2026-12-04T19:58:51Z",
        "2026-12-04 19:58:51 +0000     | 2026-12-04T19:58:51Z",
        "2026-12-04 19:58:51           | 2026-12-04T19:58:51Z",
        "2026-12-04T19:58:51           | 2026-12-04T19:58:51Z",
        "2026-12-04T19:58              | 2026-12-04T19:58:00Z",
        "1796414331                    | 2026-12-04T19:58:51Z",
        "1796414331000                 | 2026-12-04T19:58:51Z"
      })
  void toUtcNormalizesKnownFormats(String text, String expected) {
    assertThat(Timestamps.toUtc(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {"", "yesterday", "04/12/2026 19:58", "2026-12-04", "2026-13-04T19:58:51Z"})
  void toUtcPassesUnknownTextThrough(String text) {
    assertThat(Timestamps.toUtc(text)).isEqualTo(text);
  }

  @Test
  void toUtcKeepsNull() {
    assertThat(Timestamps.toUtc(null)).isNull();
  }
}
