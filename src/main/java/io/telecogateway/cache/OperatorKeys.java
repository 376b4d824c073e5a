package io.telecogateway.cache;

import io.quarkus.runtime.Startup;
import io.telecogateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The operator keys accepted by the {@code /admin} endpoints, configured as SHA-256 hashes in
 * {@code gateway.admin.key-hashes}. With no hash configured, the endpoints are off.
 */
@Startup
@ApplicationScoped
public class OperatorKeys {

  private static final Logger LOG = Logger.getLogger(OperatorKeys.class);
  private static final Pattern KEY_HASH = Pattern.compile("sha256:[0-9a-fA-F]{64}");
  private static final String BEARER = "Bearer ";

  private final Set<String> hexHashes;

  @Inject
  OperatorKeys(GatewayConfig config) {
    this(config.admin().keyHashes().orElse(List.of()));
  }

  /**
   * @throws IllegalStateException when an entry is not {@code sha256:<64 hex digits>}
   */
  OperatorKeys(List<String> keyHashes) {
    Set<String> hashes = new HashSet<>();
    for (String entry : keyHashes) {
      String hash = entry.strip();
      if (!KEY_HASH.matcher(hash).matches()) {
        // The value is not echoed: an operator key pasted here by mistake is a secret.
        throw new IllegalStateException(
            "gateway.admin.key-hashes has an entry that is not sha256:<64 hex digits>");
      }
      hashes.add(hash.substring("sha256:".length()).toLowerCase(Locale.ROOT));
    }
    this.hexHashes = Set.copyOf(hashes);
    if (hexHashes.isEmpty()) {
      LOG.info("The /admin endpoints are off: set gateway.admin.key-hashes to turn them on");
    } else {
      LOG.infof("The /admin endpoints accept %d operator key(s)", hexHashes.size());
    }
  }

  /** Returns whether any operator key is configured. */
  public boolean enabled() {
    return !hexHashes.isEmpty();
  }

  /**
   * Returns whether an {@code Authorization} header carries a configured operator key as a Bearer
   * token (RFC 6750).
   *
   * @param authorization the header value, null when absent
   */
  public boolean accepts(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    String key = authorization.substring(BEARER.length()).strip();
    return hexHashes.contains(sha256Hex(key));
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
