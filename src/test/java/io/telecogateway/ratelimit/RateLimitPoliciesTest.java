package io.telecogateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telecogateway.testsupport.GatewayConfigs;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitPoliciesTest {

  private static final String HASH = "sha256:" + "ab".repeat(32);

  @Test
  void defaultsApplyToTenantsWithoutSettings() {
    RateLimitPolicies policies = new RateLimitPolicies(GatewayConfigs.of(tenant("acme")));

    assertThat(policies.policyFor("acme")).isEqualTo(new RateLimitPolicy(50, 100));
    assertThat(policies.policyFor("unknown")).isEqualTo(new RateLimitPolicy(50, 100));
  }

  @Test
  void tenantSettingsOverrideDefaults() {
    Map<String, String> properties = tenant("acme");
    properties.put("gateway.rate-limit.requests-per-second", "10");
    properties.put("gateway.rate-limit.burst", "20");
    properties.put("gateway.tenants.acme.rate-limit.burst", "7");
    properties.putAll(tenant("globex"));
    properties.put("gateway.tenants.globex.rate-limit.requests-per-second", "0.5");

    RateLimitPolicies policies = new RateLimitPolicies(GatewayConfigs.of(properties));

    assertThat(policies.policyFor("acme")).isEqualTo(new RateLimitPolicy(10, 7));
    assertThat(policies.policyFor("globex")).isEqualTo(new RateLimitPolicy(0.5, 20));
  }

  @Test
  void invalidValuesNameTheirKeys() {
    Map<String, String> properties = tenant("acme");
    properties.put("gateway.rate-limit.requests-per-second", "0");
    properties.put("gateway.tenants.acme.rate-limit.burst", "-3");
    properties.put("gateway.rate-limit.store-timeout", "0s");

    assertThatThrownBy(() -> new RateLimitPolicies(GatewayConfigs.of(properties)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.rate-limit.requests-per-second is 0.0")
        .hasMessageContaining("gateway.tenants.\"acme\".rate-limit.burst is -3")
        .hasMessageContaining("gateway.rate-limit.store-timeout");
  }

  private static Map<String, String> tenant(String name) {
    Map<String, String> properties = new HashMap<>();
    String prefix = "gateway.tenants." + name + ".";
    properties.put(prefix + "caller-key-hashes", HASH);
    properties.put(prefix + "teleco.username", name + "-user");
    properties.put(prefix + "teleco.api-key", "key");
    return properties;
  }
}
