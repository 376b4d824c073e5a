package io.telecogateway.cache;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds the 200 response of a cached resource, with the headers of its {@link CacheStatus}. */
public final class CacheHeaders {

  public static final String AGE = "Age";
  public static final String CACHE_STATUS = "Cache-Status";

  /** OpenAPI descriptions of the three headers. */
  public static final String CACHE_CONTROL_DESCRIPTION =
      "private, max-age=<the list's freshness lifetime in seconds>; the remaining freshness is"
          + " max-age minus Age";

  public static final String AGE_DESCRIPTION =
      "Seconds since the gateway fetched the list from the provider";
  public static final String CACHE_STATUS_DESCRIPTION =
      "How the gateway's cache served the request (RFC 9211): hit; fwd=miss; or fwd=stale, where"
          + " a negative ttl means the provider failed and an expired list was served";

  private CacheHeaders() {}

  public static <T> RestResponse<T> ok(T body, CacheStatus status) {
    return RestResponse.ResponseBuilder.ok(body)
        .header(HttpHeaders.CACHE_CONTROL, status.cacheControl())
        .header(AGE, Long.toString(status.ageSeconds()))
        .header(CACHE_STATUS, status.cacheStatus())
        .build();
  }
}
