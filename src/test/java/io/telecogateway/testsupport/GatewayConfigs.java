package io.telecogateway.testsupport;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.telecogateway.config.GatewayConfig;
import java.util.Map;

/** Builds a {@link GatewayConfig} from properties, for unit tests that run without Quarkus. */
public final class GatewayConfigs {

  private GatewayConfigs() {}

  public static GatewayConfig of(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(GatewayConfig.class)
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build();
    return config.getConfigMapping(GatewayConfig.class);
  }
}
