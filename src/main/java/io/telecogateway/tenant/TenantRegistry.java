package io.telecogateway.tenant;

import io.quarkus.runtime.Startup;
import io.telecogateway.config.GatewayConfig;
import io.telecogateway.config.GatewayConfig.TenantConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The configured tenants, and the lookup from a caller key to its tenant. The configuration is
 * checked at start-up, and any error stops the start with a message that names the key to fix.
 */
@Startup
@ApplicationScoped
public class TenantRegistry {

  private static final Logger LOG = Logger.getLogger(TenantRegistry.class);
  private static final Pattern KEY_HASH = Pattern.compile("sha256:[0-9a-fA-F]{64}");

  /** The tenant served when the simulator is on and no tenant is configured. */
  static final String DEMO_TENANT = "demo";

  /** SHA-256 of the documented demo caller key {@code demo-key}. */
  static final String DEMO_KEY_HASH = "sha256:" + sha256Hex("demo-key");

  private final Map<String, Tenant> tenantsByKeyHash;
  private final Map<String, Tenant> tenantsByName;

  public TenantRegistry(GatewayConfig config) {
    Map<String, Tenant> byHash = new HashMap<>();
    Map<String, Tenant> byName = new HashMap<>();
    List<String> errors = new ArrayList<>();
    config.tenants().forEach((name, tenant) -> addTenant(name, tenant, byHash, byName, errors));
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "Invalid tenant configuration:\n  - " + String.join("\n  - ", errors));
    }
    if (byName.isEmpty() && config.simulator().enabled()) {
      Tenant demo = new Tenant(DEMO_TENANT, TelecoAccount.withPassword("demo", "demo-password"));
      byHash.put(hexOf(DEMO_KEY_HASH), demo);
      byName.put(DEMO_TENANT, demo);
      LOG.info(
          "No tenant is configured and the simulator is on: serving the demo tenant, mapped to the"
              + " simulator's demo account, with the demo caller key from the README");
    } else if (byName.isEmpty()) {
      LOG.warn(
          "No tenant is configured: every /v1 call will be rejected with 401 until"
              + " gateway.tenants.\"<name>\".* is set");
    }
    this.tenantsByKeyHash = Map.copyOf(byHash);
    this.tenantsByName = Map.copyOf(byName);
    byName
        .values()
        .forEach(
            t ->
                LOG.infof(
                    "Tenant %s uses Teleco account %s (%s)",
                    t.name(),
                    t.account().username(),
                    t.account().apiKey().isPresent() ? "api key" : "login with password"));
  }

  /** Finds the tenant a caller key belongs to. */
  public Optional<Tenant> byCallerKey(String callerKey) {
    return Optional.ofNullable(tenantsByKeyHash.get(sha256Hex(callerKey)));
  }

  public Optional<Tenant> byName(String name) {
    return Optional.ofNullable(tenantsByName.get(name));
  }

  public java.util.Collection<Tenant> all() {
    return tenantsByName.values();
  }

  private static void addTenant(
      String name,
      TenantConfig config,
      Map<String, Tenant> byHash,
      Map<String, Tenant> byName,
      List<String> errors) {
    String prefix = "gateway.tenants.\"" + name + "\".";
    List<String> hashes = config.callerKeyHashes().orElse(List.of());
    if (hashes.isEmpty()) {
      errors.add(prefix + "caller-key-hashes is missing: give at least one sha256:<64 hex digits>");
    }
    for (String hash : hashes) {
      String trimmed = hash.strip();
      if (!KEY_HASH.matcher(trimmed).matches()) {
        // The value is not echoed: a caller key pasted here by mistake is a secret.
        errors.add(prefix + "caller-key-hashes has an entry that is not sha256:<64 hex digits>");
        continue;
      }
      Tenant other = byHash.get(hexOf(trimmed));
      if (other != null && !other.name().equals(name)) {
        errors.add(prefix + "caller-key-hashes repeats a hash of tenant \"" + other.name() + "\"");
      }
    }
    Optional<String> username = config.teleco().username().filter(u -> !u.isBlank());
    Optional<String> apiKey = config.teleco().apiKey().filter(k -> !k.isEmpty());
    Optional<String> password = config.teleco().password().filter(p -> !p.isEmpty());
    if (username.isEmpty()) {
      errors.add(prefix + "teleco.username is missing");
    }
    if (apiKey.isPresent() && password.isPresent()) {
      errors.add(prefix + "teleco.api-key and teleco.password are both set: keep exactly one");
    } else if (apiKey.isEmpty() && password.isEmpty()) {
      errors.add(prefix + "teleco.api-key or teleco.password is required");
    }
    if (username.isEmpty() || apiKey.isPresent() == password.isPresent()) {
      return;
    }
    TelecoAccount account =
        apiKey.isPresent()
            ? TelecoAccount.withApiKey(username.get(), apiKey.get())
            : TelecoAccount.withPassword(username.get(), password.get());
    Tenant tenant = new Tenant(name, account);
    byName.put(name, tenant);
    for (String hash : hashes) {
      if (KEY_HASH.matcher(hash.strip()).matches()) {
        byHash.putIfAbsent(hexOf(hash.strip()), tenant);
      }
    }
  }

  private static String hexOf(String prefixedHash) {
    return prefixedHash.substring("sha256:".length()).toLowerCase(Locale.ROOT);
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
