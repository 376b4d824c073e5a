package io.telecogateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.telecogateway.config.GatewayConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the tenant configuration read at start-up, through the real {@code gateway.*} mapping:
 * every mistake stops the start with a message that names the key to fix.
 */
class TenantRegistryTest {

  /** SHA-256 of "caller-one". */
  private static final String HASH_ONE =
      "sha256:be0fee6e8d015955e8fe18ca777cf70ad550e88b7a576eb87c4dc359fc68b4f2";

  @Test
  void validTenantIsFoundByCallerKey() {
    String hash = "sha256:" + TenantRegistry.sha256Hex("caller-one");
    TenantRegistry registry =
        new TenantRegistry(
            config(
                Map.of(
                    "gateway.tenants.\"acme\".caller-key-hashes", hash,
                    "gateway.tenants.\"acme\".teleco.username", "acme",
                    "gateway.tenants.\"acme\".teleco.api-key", "key:with-colon")));

    Tenant tenant = registry.byCallerKey("caller-one").orElseThrow();

    assertThat(tenant.name()).isEqualTo("acme");
    assertThat(tenant.account().username()).isEqualTo("acme");
    assertThat(tenant.account().apiKey()).contains("key:with-colon");
    assertThat(registry.byCallerKey("caller-two")).isEmpty();
  }

  @Test
  void upperCaseHashIsAccepted() {
    String hash = "sha256:" + TenantRegistry.sha256Hex("caller-one").toUpperCase();
    TenantRegistry registry = new TenantRegistry(config(tenant("acme", hash, "password", "pw")));

    assertThat(registry.byCallerKey("caller-one")).isPresent();
    assertThat(registry.byName("acme").orElseThrow().account().password()).contains("pw");
  }

  @Test
  void missingCredentialNamesKey() {
    Map<String, String> properties = new HashMap<>();
    properties.put("gateway.tenants.\"acme\".caller-key-hashes", HASH_ONE);
    properties.put("gateway.tenants.\"acme\".teleco.username", "acme");

    assertThatThrownBy(() -> new TenantRegistry(config(properties)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "gateway.tenants.\"acme\".teleco.api-key or teleco.password is required");
  }

  @Test
  void apiKeyAndPasswordTogetherNameKey() {
    Map<String, String> properties = tenant("acme", HASH_ONE, "api-key", "key");
    properties.put("gateway.tenants.\"acme\".teleco.password", "pw");

    assertThatThrownBy(() -> new TenantRegistry(config(properties)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "gateway.tenants.\"acme\".teleco.api-key and teleco.password are both set");
  }

  @Test
  void missingUsernameNamesKey() {
    Map<String, String> properties = tenant("acme", HASH_ONE, "api-key", "key");
    properties.remove("gateway.tenants.\"acme\".teleco.username");

    assertThatThrownBy(() -> new TenantRegistry(config(properties)))
        .hasMessageContaining("gateway.tenants.\"acme\".teleco.username is missing");
  }

  @Test
  void shortHashNamesKeyWithoutEchoingIt() {
    String shortHash = "sha256:abc123";

    assertThatThrownBy(
            () -> new TenantRegistry(config(tenant("acme", shortHash, "api-key", "key"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.tenants.\"acme\".caller-key-hashes")
        .hasMessageContaining("sha256:<64 hex digits>")
        .hasMessageNotContaining("abc123");
  }

  @Test
  void nonHexHashNamesKey() {
    String notHex = "sha256:" + "g".repeat(64);

    assertThatThrownBy(() -> new TenantRegistry(config(tenant("acme", notHex, "api-key", "key"))))
        .hasMessageContaining("gateway.tenants.\"acme\".caller-key-hashes");
  }

  @Test
  void pastedCallerKeyIsNotEchoed() {
    String pastedKey = "my-secret-caller-key";

    assertThatThrownBy(() -> new TenantRegistry(config(tenant("acme", pastedKey, "api-key", "k"))))
        .hasMessageContaining("gateway.tenants.\"acme\".caller-key-hashes")
        .hasMessageNotContaining(pastedKey);
  }

  @Test
  void missingHashNamesKey() {
    Map<String, String> properties = tenant("acme", HASH_ONE, "api-key", "key");
    properties.remove("gateway.tenants.\"acme\".caller-key-hashes");

    assertThatThrownBy(() -> new TenantRegistry(config(properties)))
        .hasMessageContaining("gateway.tenants.\"acme\".caller-key-hashes is missing");
  }

  @Test
  void hashSharedByTwoTenantsIsRejected() {
    Map<String, String> properties = tenant("acme", HASH_ONE, "api-key", "key");
    properties.putAll(tenant("beta", HASH_ONE, "password", "pw"));

    assertThatThrownBy(() -> new TenantRegistry(config(properties)))
        .hasMessageContaining("repeats a hash of tenant");
  }

  @Test
  void everyErrorIsReported() {
    Map<String, String> properties = tenant("acme", "sha256:short", "api-key", "key");
    properties.put("gateway.tenants.\"beta\".caller-key-hashes", HASH_ONE);
    properties.put("gateway.tenants.\"beta\".teleco.username", "beta");

    assertThatThrownBy(() -> new TenantRegistry(config(properties)))
        .hasMessageContaining("gateway.tenants.\"acme\".caller-key-hashes")
        .hasMessageContaining("gateway.tenants.\"beta\".teleco.api-key or teleco.password");
  }

  @Test
  void noSecretInErrors() {
    Map<String, String> properties = tenant("acme", HASH_ONE, "api-key", "the-api-key");
    properties.put("gateway.tenants.\"acme\".teleco.password", "the-password");

    assertThatThrownBy(() -> new TenantRegistry(config(properties)))
        .hasMessageNotContaining("the-api-key")
        .hasMessageNotContaining("the-password");
  }

  private static Map<String, String> tenant(
      String name, String hash, String credentialKind, String credential) {
    String prefix = "gateway.tenants.\"" + name + "\".";
    Map<String, String> properties = new HashMap<>();
    properties.put(prefix + "caller-key-hashes", hash);
    properties.put(prefix + "teleco.username", name);
    properties.put(prefix + "teleco." + credentialKind, credential);
    return properties;
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
