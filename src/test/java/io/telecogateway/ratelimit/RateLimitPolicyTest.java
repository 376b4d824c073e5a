package io.telecogateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {

  @Test
  void windowIsFillTimeRoundedUp() {
    assertThat(new RateLimitPolicy(50, 100).windowSeconds()).isEqualTo(2);
    assertThat(new RateLimitPolicy(5, 5).windowSeconds()).isEqualTo(1);
    assertThat(new RateLimitPolicy(3, 10).windowSeconds()).isEqualTo(4);
    assertThat(new RateLimitPolicy(100, 1).windowSeconds()).isEqualTo(1);
    assertThat(new RateLimitPolicy(0.5, 2).windowSeconds()).isEqualTo(4);
  }

  @Test
  void headersFollowTheDraftSyntax() {
    RateLimitPolicy policy = new RateLimitPolicy(50, 100);
    RateLimitDecision decision = new RateLimitDecision(policy, true, 97, 60_000_000L, 0);

    assertThat(RateLimitHeaders.policy(policy)).isEqualTo("\"tenant\";q=100;w=2");
    assertThat(RateLimitHeaders.limit(decision)).isEqualTo("\"tenant\";r=97;t=1");
  }

  @Test
  void retryAfterIsNeverZero() {
    RateLimitPolicy policy = new RateLimitPolicy(1000, 10);

    assertThat(new RateLimitDecision(policy, false, 0, 1, 1).retryAfterSeconds()).isEqualTo(1);
    assertThat(new RateLimitDecision(policy, false, 0, 0, 0).retryAfterSeconds()).isEqualTo(1);
    assertThat(new RateLimitDecision(policy, false, 0, 0, 1_000_000_001L).retryAfterSeconds())
        .isEqualTo(2);
  }

  @Test
  void invalidValuesAreRejected() {
    assertThatThrownBy(() -> new RateLimitPolicy(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimitPolicy(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimitPolicy(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
