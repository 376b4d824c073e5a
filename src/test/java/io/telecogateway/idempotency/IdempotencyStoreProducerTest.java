package io.telecogateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.telecogateway.config.GatewayConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyStoreProducerTest {

  private final IdempotencyStoreProducer producer = new IdempotencyStoreProducer();

  @Test
  void defaultsAreDayAndFiveMinutes() {
    GatewayConfig config = config(Map.of());

    assertThat(config.idempotency().ttl()).isEqualTo(Duration.ofHours(24));
    assertThat(config.idempotency().inFlightTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.idempotency().maxEntries()).isEqualTo(100_000);
  }

  @Test
  void shortDurationFormsAreAccepted() {
    GatewayConfig config =
        config(
            Map.of(
                "gateway.idempotency.ttl", "90s", "gateway.idempotency.in-flight-timeout", "PT2M"));

    assertThat(config.idempotency().ttl()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.idempotency().inFlightTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void memoryBackendNeverLooksUpRedis() {
    // A null Redis lookup fails the test if the memory backend touches it.
    IdempotencyStore store = producer.idempotencyStore(config(Map.of()), null);

    assertThat(store).isInstanceOf(MemoryIdempotencyStore.class);
  }

  @Test
  void invalidSettingsNameTheirKeys() {
    GatewayConfig config =
        config(
            Map.of(
                "gateway.idempotency.ttl", "0s",
                "gateway.idempotency.in-flight-timeout", "-1s",
                "gateway.idempotency.max-entries", "0"));

    assertThatThrownBy(() -> producer.idempotencyStore(config, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.idempotency.ttl must be positive")
        .hasMessageContaining("gateway.idempotency.in-flight-timeout must be positive")
        .hasMessageContaining("gateway.idempotency.max-entries must be at least 1");
  }

  private static GatewayConfig config(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(GatewayConfig.class)
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build();
    return config.getConfigMapping(GatewayConfig.class);
  }
}
