package io.telecogateway.tenant;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import jakarta.inject.Singleton;

/**
 * Adds the {@code tenant} tag to the {@code http_server_requests} metrics: the name of the tenant
 * the request authenticated as, or {@value #NONE} for a request without one (a rejected caller key,
 * a health probe). Tenant names come from configuration, so the tag's values stay bounded.
 */
@Singleton
public class TenantMetricsTag implements HttpServerMetricsTagsContributor {

  /** The request-context key under which {@link CallerAuthenticationFilter} stores the tenant. */
  static final String CONTEXT_KEY = TenantMetricsTag.class.getName();

  static final String NONE = "none";

  @Override
  public Tags contribute(Context context) {
    String tenant = context.requestContextLocalData(CONTEXT_KEY);
    return Tags.of("tenant", tenant != null ? tenant : NONE);
  }
}
