package io.telecogateway.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Logs one line with the configuration in use when the gateway starts, and one when it begins to
 * stop. The summary names tenants and limits but never a credential: no caller key hash, api key,
 * password or Teleco username, and the Teleco URL without any user information or query.
 */
@ApplicationScoped
public class ConfigurationSummary {

  private static final Logger LOG = Logger.getLogger(ConfigurationSummary.class);

  private final GatewayConfig gateway;
  private final Config config;

  public ConfigurationSummary(GatewayConfig gateway, Config config) {
    this.gateway = gateway;
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    LOG.info(summary());
  }

  void onStop(@Observes ShutdownEvent event) {
    Optional<Duration> timeout =
        config.getOptionalValue("quarkus.shutdown.timeout", Duration.class);
    LOG.infof(
        "Stopping: every request has finished, or the shutdown timeout of %s has passed",
        timeout.map(ConfigurationSummary::format).orElse("0s"));
  }

  /** Returns the summary line, for example "Configuration: state backend memory, 2 tenants …". */
  String summary() {
    GatewayConfig.Upstream upstream = gateway.upstream();
    GatewayConfig.Fanout fanout = gateway.fanout();
    return String.format(
        Locale.ROOT,
        "Configuration: state backend %s; %d tenant(s) %s; Teleco at %s, at most %d calls/s per"
            + " account; rate limit %s/s with burst %d per tenant unless set per tenant; timeouts"
            + " read %s, write %s, login %s, %d attempt(s); fan-out concurrency %d per batch, %d"
            + " per tenant; simulator %s",
        gateway.state().backend().name().toLowerCase(Locale.ROOT),
        gateway.tenants().size(),
        new TreeSet<>(gateway.tenants().keySet()),
        telecoUrl(),
        gateway.teleco().maxRequestsPerSecond(),
        stripZero(gateway.rateLimit().requestsPerSecond()),
        gateway.rateLimit().burst(),
        format(upstream.readTimeout()),
        format(upstream.writeTimeout()),
        format(upstream.loginTimeout()),
        upstream.retry().maxAttempts(),
        fanout.concurrency(),
        fanout.tenantConcurrency(),
        gateway.simulator().enabled() ? "on" : "off");
  }

  private String telecoUrl() {
    String url = config.getOptionalValue("quarkus.rest-client.teleco.url", String.class).orElse("");
    return withoutSecrets(url);
  }

  /** Returns the URL's scheme, host, port and path, dropping user information and the query. */
  static String withoutSecrets(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null) {
        return "(unset or invalid URL)";
      }
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return "(unset or invalid URL)";
    }
  }

  private static String format(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + "s"
        : duration.toMillis() + "ms";
  }

  private static String stripZero(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
