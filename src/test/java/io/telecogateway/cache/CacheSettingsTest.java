package io.telecogateway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telecogateway.testsupport.GatewayConfigs;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheSettingsTest {

  @Test
  void defaults() {
    CacheSettings settings = CacheSettings.from(GatewayConfigs.of(Map.of()).cache());

    assertThat(settings.ttl(CacheKind.STATES)).isEqualTo(Duration.ofHours(24));
    assertThat(settings.ttl(CacheKind.RATE_CENTERS)).isEqualTo(Duration.ofHours(24));
    assertThat(settings.ttl(CacheKind.PROVIDERS)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.maxStale()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.storeTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.retention(CacheKind.PROVIDERS))
        .isEqualTo(Duration.ofDays(7).plusMinutes(5));
  }

  @Test
  void shortDurationForms() {
    CacheSettings settings =
        CacheSettings.from(
            GatewayConfigs.of(
                    Map.of(
                        "gateway.cache.states.ttl", "2s",
                        "gateway.cache.rate-centers.ttl", "PT1H",
                        "gateway.cache.providers.ttl", "90s",
                        "gateway.cache.max-stale", "0"))
                .cache());

    assertThat(settings.ttl(CacheKind.STATES)).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.ttl(CacheKind.RATE_CENTERS)).isEqualTo(Duration.ofHours(1));
    assertThat(settings.ttl(CacheKind.PROVIDERS)).isEqualTo(Duration.ofSeconds(90));
    assertThat(settings.maxStale()).isZero();
  }

  @Test
  void invalidValuesNameTheirKeys() {
    Map<String, String> properties =
        Map.of(
            "gateway.cache.states.ttl", "0s",
            "gateway.cache.providers.ttl", "500ms",
            "gateway.cache.max-stale", "-1s",
            "gateway.cache.store-timeout", "0ms",
            "gateway.cache.max-entries", "0");

    assertThatThrownBy(() -> CacheSettings.from(GatewayConfigs.of(properties).cache()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.cache.states.ttl must be at least 1s")
        .hasMessageContaining("gateway.cache.providers.ttl must be at least 1s")
        .hasMessageNotContaining("gateway.cache.rate-centers.ttl")
        .hasMessageContaining("gateway.cache.max-stale must be 0 or more")
        .hasMessageContaining("gateway.cache.store-timeout must be positive")
        .hasMessageContaining("gateway.cache.max-entries must be at least 1");
  }
}
