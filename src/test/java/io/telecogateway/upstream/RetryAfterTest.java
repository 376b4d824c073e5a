package io.telecogateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Checks the rounding of {@code Retry-After} for calls stopped by the open breaker. */
class RetryAfterTest {

  @Test
  void roundsUpToWholeSeconds() {
    assertThat(UpstreamHealth.retryAfterSeconds(Duration.ofMillis(4001))).isEqualTo(5);
    assertThat(UpstreamHealth.retryAfterSeconds(Duration.ofSeconds(4))).isEqualTo(4);
    assertThat(UpstreamHealth.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
  }

  @Test
  void isNeverBelowOneSecond() {
    assertThat(UpstreamHealth.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    assertThat(UpstreamHealth.retryAfterSeconds(Duration.ofMillis(300))).isEqualTo(1);
  }
}
