package io.telecogateway.ratelimit;

import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.ProblemResponses;
import io.telecogateway.tenant.CurrentTenant;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Charges the authenticated tenant's bucket on every {@code /v1} call and ends the call with 429
 * when the bucket is short, before the call reaches the resource or Teleco. Every {@code /v1}
 * response of an authenticated call carries {@code RateLimit-Policy} and {@code RateLimit}; a 401
 * has no tenant and carries neither.
 *
 * <p>A call costs one token. A batch call ({@code POST /v1/call-forwards} and {@code POST
 * /v1/call-forwards/removals}) costs one token per element of its {@code items} array and is
 * admitted or rejected whole. The bucket is keyed on the tenant alone, never on addresses or
 * forwarding headers.
 */
public class RateLimitFilter {

  /** After authentication, which sets the tenant; before idempotency, which runs at +200. */
  public static final int PRIORITY = Priorities.AUTHENTICATION + 100;

  public static final Set<String> BATCH_PATHS =
      Set.of("/v1/call-forwards", "/v1/call-forwards/removals");

  private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
  private static final String POLICY_PROPERTY = RateLimitFilter.class.getName() + ".policy";
  static final String DECISION_PROPERTY = RateLimitFilter.class.getName() + ".decision";
  private static final Uni<Response> CONTINUE = Uni.createFrom().nullItem();

  private final RateLimiter limiter;
  private final CurrentTenant currentTenant;

  public RateLimitFilter(RateLimiter limiter, CurrentTenant currentTenant) {
    this.limiter = limiter;
    this.currentTenant = currentTenant;
  }

  /** Charges one token for every {@code /v1} call except the batch calls. */
  @ServerRequestFilter(priority = PRIORITY)
  public Uni<Response> chargeCall(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("/v1") || isBatch(request.getMethod(), path)) {
      return CONTINUE;
    }
    return charge(request, 1);
  }

  /**
   * Charges a batch call one token per item. With {@code readBody}, RESTEasy Reactive runs this
   * filter once it has buffered the whole body without blocking, so reading the entity stream here
   * costs no I/O; the bytes are put back for the resource.
   */
  @SuppressWarnings("deprecation") // readBody: its replacement, @WithFormRead, reads forms only.
  @ServerRequestFilter(priority = PRIORITY, readBody = true)
  public Uni<Response> chargeBatch(ContainerRequestContext request) {
    return chargeBatchOnce(request);
  }

  /**
   * Charges a batch call when RESTEasy Reactive runs the body-reading filters in reverse priority
   * order, as 3.33 does, so that the charge still comes before the idempotency filter at {@code
   * AUTHENTICATION + 200}. Whichever of the two batch filters runs first charges the call, and the
   * other does nothing.
   */
  @SuppressWarnings("deprecation")
  @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 300, readBody = true)
  public Uni<Response> chargeBatchWhenOrderIsReversed(ContainerRequestContext request) {
    return chargeBatchOnce(request);
  }

  private Uni<Response> chargeBatchOnce(ContainerRequestContext request) {
    if (request.getProperty(POLICY_PROPERTY) != null
        || !isBatch(request.getMethod(), request.getUriInfo().getPath())) {
      return CONTINUE;
    }
    byte[] body = readAndRestoreBody(request);
    return charge(request, body == null ? 1 : BatchCost.of(body));
  }

  /** Adds the rate-limit fields to the response of every charged call, 429 included. */
  @ServerResponseFilter
  public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(POLICY_PROPERTY) instanceof RateLimitPolicy policy)) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle(RateLimitHeaders.POLICY, RateLimitHeaders.policy(policy));
    if (request.getProperty(DECISION_PROPERTY) instanceof RateLimitDecision decision
        && decision.stateKnown()) {
      headers.putSingle(RateLimitHeaders.LIMIT, RateLimitHeaders.limit(decision));
    }
  }

  private Uni<Response> charge(ContainerRequestContext request, long cost) {
    String tenant = currentTenant.get().name();
    RateLimitPolicy policy = limiter.policyFor(tenant);
    request.setProperty(POLICY_PROPERTY, policy);
    if (cost > policy.burst()) {
      return Uni.createFrom().item(batchTooLarge(tenant, cost, policy));
    }
    return limiter
        .tryAcquire(tenant, cost)
        .map(
            decision -> {
              request.setProperty(DECISION_PROPERTY, decision);
              return decision.admitted() ? null : rejected(tenant, cost, decision);
            });
  }

  private static Response rejected(String tenant, long cost, RateLimitDecision decision) {
    long retryAfter = decision.retryAfterSeconds();
    String retry = "retry after " + retryAfter + (retryAfter == 1 ? " second." : " seconds.");
    String detail;
    if (decision.stateKnown()) {
      String needs =
          cost == 1 ? "This call needs 1 request" : "This batch needs " + cost + " requests";
      detail =
          needs
              + " of the rate limit of tenant "
              + tenant
              + " ("
              + formatRate(decision.policy())
              + ", "
              + decision.remaining()
              + " left); "
              + retry;
    } else {
      // Rejected under on-store-failure=deny: the tenant may well be within its limit.
      detail = "The rate limit of tenant " + tenant + " could not be checked; " + retry;
    }
    return ProblemResponses.of(
        ErrorCode.RATE_LIMITED,
        429,
        detail,
        List.of(),
        Map.of(RateLimitHeaders.RETRY_AFTER, Long.toString(retryAfter)));
  }

  private static Response batchTooLarge(String tenant, long cost, RateLimitPolicy policy) {
    return ProblemResponses.of(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "This batch has "
            + cost
            + " items, more than the burst of "
            + policy.burst()
            + " of tenant "
            + tenant
            + ", so it could never be admitted: send at most "
            + policy.burst()
            + " items per call.");
  }

  private static String formatRate(RateLimitPolicy policy) {
    double rate = policy.requestsPerSecond();
    String perSecond = rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    return perSecond + " per second, burst " + policy.burst();
  }

  private static boolean isBatch(String method, String path) {
    return "POST".equals(method) && BATCH_PATHS.contains(stripTrailingSlash(path));
  }

  private static String stripTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Returns the body, or null when it cannot be read, which leaves the resource an empty one. */
  private static byte[] readAndRestoreBody(ContainerRequestContext request) {
    byte[] body = null;
    try {
      body = request.getEntityStream().readAllBytes();
    } catch (IOException e) {
      LOG.warnf("Failed to read a batch body, charged as one call: %s", e.toString());
    }
    request.setEntityStream(new ByteArrayInputStream(body == null ? new byte[0] : body));
    return body;
  }
}
