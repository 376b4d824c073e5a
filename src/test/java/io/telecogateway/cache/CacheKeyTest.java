package io.telecogateway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CacheKeyTest {

  @Test
  void storageKeysNameKindAndAccount() {
    assertThat(CacheKey.states("acme").storageKey()).isEqualTo("teleco-gateway:cache:states:acme");
    assertThat(CacheKey.providers("acme").storageKey())
        .isEqualTo("teleco-gateway:cache:providers:acme");
    assertThat(CacheKey.rateCenters("acme", "AL").storageKey())
        .isEqualTo("teleco-gateway:cache:rate-centers:acme:AL");
  }

  @Test
  void stateCodeIsUpperCased() {
    assertThat(CacheKey.rateCenters("acme", "al")).isEqualTo(CacheKey.rateCenters("acme", "AL"));
  }

  @Test
  void accountsAreDistinctKeys() {
    assertThat(CacheKey.states("acme")).isNotEqualTo(CacheKey.states("globex"));
    assertThat(CacheKey.states("acme").storageKey())
        .isNotEqualTo(CacheKey.states("globex").storageKey());
  }

  @Test
  void invalidStateIsRejected() {
    assertThatThrownBy(() -> CacheKey.rateCenters("acme", "A1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CacheKey(CacheKind.STATES, "acme", "AL"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CacheKey(CacheKind.RATE_CENTERS, "acme", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void patternCoversOneKind() {
    assertThat(CacheKey.storagePattern(CacheKind.RATE_CENTERS))
        .isEqualTo("teleco-gateway:cache:rate-centers:*");
  }

  @Test
  void kindIdsRoundTrip() {
    for (CacheKind kind : CacheKind.values()) {
      assertThat(CacheKind.byId(kind.id())).contains(kind);
    }
    assertThat(CacheKind.byId("RATE_CENTERS")).isEmpty();
  }
}
