package io.telecogateway.metrics;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.inject.Singleton;

/**
 * Sets the {@code uri} tag of {@code http_server_requests} to the template of the REST route that
 * matched the request, whatever the response status.
 *
 * <p>With {@code quarkus.micrometer.binder.http-server.suppress4xx-errors=true}, Quarkus 3.33
 * records a 4xx or 5xx response as {@code uri="UNKNOWN"} unless the template differs from the raw
 * path. A route without path parameters, such as {@code /v1/orders}, has a template equal to its
 * path, so without this tag all of its errors would lose their route. A request that matched no
 * route has no template, and Quarkus's own value ({@code NOT_FOUND} or {@code UNKNOWN}) stays.
 */
@Singleton
public class RouteTemplateTag implements HttpServerMetricsTagsContributor {

  /**
   * The request-context key under which Quarkus REST stores the matched route template (its
   * internal {@code ObservabilityUtil}, read the same way by the Micrometer extension).
   */
  static final String TEMPLATE_KEY = "UrlPathTemplate";

  @Override
  public Tags contribute(Context context) {
    String template = context.requestContextLocalData(TEMPLATE_KEY);
    // Tags added here replace the ones Quarkus computed under the same key.
    return template == null || template.isEmpty() ? Tags.empty() : Tags.of("uri", template);
  }
}
