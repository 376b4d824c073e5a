package io.telecogateway.tenant;

import io.smallrye.common.vertx.ContextLocals;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.ProblemResponses;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Resolves {@code Authorization: Bearer <caller key>} to a tenant on every {@code /v1} call, or
 * ends the call with 401 and {@code WWW-Authenticate: Bearer} (RFC 6750).
 */
public class CallerAuthenticationFilter {

  /** The log-context key under which the current tenant's name is stored. */
  public static final String TENANT_KEY = "tenant";

  private static final Logger LOG = Logger.getLogger(CallerAuthenticationFilter.class);
  private static final String BEARER = "Bearer ";

  private final TenantRegistry registry;
  private final CurrentTenant current;

  public CallerAuthenticationFilter(TenantRegistry registry, CurrentTenant current) {
    this.registry = registry;
    this.current = current;
  }

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
  public Response authenticate(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith("/v1")) {
      return null;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return unauthorized(
          "Missing caller key: send Authorization: Bearer <caller key>.",
          "Bearer realm=\"teleco-gateway\"");
    }
    if (header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return unauthorized(
          "The Authorization header must use the Bearer scheme: Authorization: Bearer <caller key>.",
          "Bearer realm=\"teleco-gateway\", error=\"invalid_request\"");
    }
    Optional<Tenant> tenant = registry.byCallerKey(header.substring(BEARER.length()).strip());
    if (tenant.isEmpty()) {
      LOG.info("Rejected a /v1 call with an unknown caller key");
      return unauthorized(
          "Unknown caller key.", "Bearer realm=\"teleco-gateway\", error=\"invalid_token\"");
    }
    current.set(tenant.get());
    MDC.put(TENANT_KEY, tenant.get().name());
    ContextLocals.put(TenantMetricsTag.CONTEXT_KEY, tenant.get().name());
    return null;
  }

  private static Response unauthorized(String detail, String challenge) {
    return ProblemResponses.of(
        ErrorCode.UNAUTHORIZED,
        401,
        detail,
        List.of(),
        Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
  }
}
