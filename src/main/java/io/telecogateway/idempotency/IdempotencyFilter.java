package io.telecogateway.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.ProblemResponses;
import io.telecogateway.tenant.CurrentTenant;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ContentType;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Applies {@code Idempotency-Key} to every {@code POST} under {@code /v1}: replays the stored
 * response of a repeated request, rejects a key reused for another request (422) or still in use
 * (409), and otherwise claims the key, runs the resource, and stores its response. Requests without
 * the header pass through untouched.
 *
 * <p>The request filter runs after authentication, because keys are scoped to the tenant, and after
 * rate limiting, so that a rejected call claims nothing. It reads the body, which RESTEasy Reactive
 * has already buffered ({@code readBody = true}), and puts it back for the resource.
 */
public class IdempotencyFilter {

  /** After authentication, with room for the rate-limit filter in between. */
  public static final int PRIORITY = Priorities.AUTHENTICATION + 200;

  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
  private static final String CLAIM_PROPERTY = IdempotencyFilter.class.getName() + ".claim";
  private static final Uni<Response> PROCEED = Uni.createFrom().nullItem();

  /**
   * A claim whose response is not stored yet, with the request context that the response filter,
   * which cannot declare it as a parameter, needs.
   */
  private record PendingClaim(Claim claim, ServerRequestContext server) {}

  private final IdempotencyStore store;
  private final CurrentTenant currentTenant;
  private final ObjectMapper mapper;
  private final IdempotencyMetrics metrics;

  public IdempotencyFilter(
      IdempotencyStore store,
      CurrentTenant currentTenant,
      ObjectMapper mapper,
      IdempotencyMetrics metrics) {
    this.store = store;
    this.currentTenant = currentTenant;
    this.mapper = mapper;
    this.metrics = metrics;
  }

  @ServerRequestFilter(priority = PRIORITY, readBody = true)
  public Uni<Response> claimOrReplay(ContainerRequestContext request, ServerRequestContext server) {
    if (!appliesTo(request)) {
      return PROCEED;
    }
    String key;
    try {
      key = IdempotencyKeyHeader.parse(request.getHeaders().get(IdempotencyKeyHeader.NAME));
    } catch (ApiException e) {
      return Uni.createFrom().item(ProblemResponses.of(e));
    }
    if (key == null) {
      return PROCEED;
    }
    byte[] body;
    try {
      body = readBody(request, server);
    } catch (IOException e) {
      return Uni.createFrom().failure(e);
    }
    String fingerprint = RequestFingerprint.of(request.getMethod(), pathAndQuery(request), body);
    RecordKey recordKey =
        new RecordKey(currentTenant.get().name(), IdempotencyKeyHeader.sha256Hex(key));
    return Uni.createFrom()
        .deferred(() -> store.claim(recordKey, fingerprint))
        .map(result -> respond(result, request, server, recordKey, fingerprint))
        .onFailure()
        .recoverWithItem(e -> storeUnavailable(recordKey, e));
  }

  @ServerResponseFilter(priority = PRIORITY)
  public Uni<Void> storeResponse(
      ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM_PROPERTY) instanceof PendingClaim pending)) {
      return Uni.createFrom().voidItem();
    }
    request.removeProperty(CLAIM_PROPERTY);
    Claim claim = pending.claim();
    if (!StoredResponses.isStored(response.getStatus(), response.getEntity())) {
      LOG.debugf(
          "Not storing the %d response for idempotency key %s; the key is free again",
          response.getStatus(), claim.key().shortHash());
      return release(claim);
    }
    StoredResponse stored;
    try {
      ContentType negotiated = pending.server().getResponseContentType();
      stored =
          StoredResponses.capture(
              response, mapper, negotiated == null ? null : negotiated.getEncoded());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.warnf(
          e,
          "Could not capture the %d response for idempotency key %s, so it is not stored and the"
              + " key is free again",
          response.getStatus(),
          claim.key().shortHash());
      return release(claim);
    }
    return Uni.createFrom()
        .deferred(() -> store.complete(claim, stored))
        .invoke(
            done -> {
              if (!done) {
                LOG.warnf(
                    "Did not store the %d response for idempotency key %s: its claim expired"
                        + " (gateway.idempotency.in-flight-timeout or ttl) and another request"
                        + " may hold the key",
                    stored.status(), claim.key().shortHash());
              }
            })
        .replaceWithVoid()
        .onFailure()
        .recoverWithItem(
            e -> {
              // The write has happened, so its response still goes out. A repeat gets 409 until
              // the claim expires, and then runs again.
              LOG.warnf(
                  "Could not store the %d response for idempotency key %s: %s",
                  stored.status(), claim.key().shortHash(), e.toString());
              return null;
            });
  }

  private Response respond(
      ClaimResult result,
      ContainerRequestContext request,
      ServerRequestContext server,
      RecordKey recordKey,
      String fingerprint) {
    if (result instanceof ClaimResult.Acquired acquired) {
      metrics.record(IdempotencyMetrics.Outcome.CLAIMED);
      request.setProperty(CLAIM_PROPERTY, new PendingClaim(acquired.claim(), server));
      server.registerCompletionCallback(failure -> warnIfUnsettled(request, recordKey));
      return null;
    }
    IdempotencyRecord existing = ((ClaimResult.Existing) result).record();
    if (!existing.fingerprint().equals(fingerprint)) {
      metrics.record(IdempotencyMetrics.Outcome.KEY_REUSED);
      LOG.infof(
          "Rejected idempotency key %s: it was used for a request with another method, path or"
              + " body",
          recordKey.shortHash());
      return ProblemResponses.of(
          ErrorCode.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key was already used for a different request (another body, method or"
              + " path); send a new key for a new request.");
    }
    if (existing.inFlight()) {
      metrics.record(IdempotencyMetrics.Outcome.IN_PROGRESS);
      LOG.infof(
          "Rejected idempotency key %s: the first request with it is still running",
          recordKey.shortHash());
      return ProblemResponses.of(
          ErrorCode.IDEMPOTENCY_KEY_IN_USE,
          409,
          "A request with this Idempotency-Key is still being processed; retry after it completes.",
          List.of(),
          Map.of(HttpHeaders.RETRY_AFTER, "1"));
    }
    metrics.record(IdempotencyMetrics.Outcome.REPLAYED);
    LOG.infof(
        "Replayed the stored %d response for idempotency key %s",
        existing.response().status(), recordKey.shortHash());
    return StoredResponses.replay(existing.response());
  }

  private Response storeUnavailable(RecordKey recordKey, Throwable e) {
    metrics.record(IdempotencyMetrics.Outcome.STORE_FAILED);
    LOG.warnf(
        "The idempotency store failed for key %s, so the request was not run: %s",
        recordKey.shortHash(), e.toString());
    return ProblemResponses.of(
        ErrorCode.INTERNAL_ERROR, "The idempotency store is unavailable; retry later.");
  }

  private Uni<Void> release(Claim claim) {
    return Uni.createFrom()
        .deferred(() -> store.release(claim))
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warnf(
                  "Could not free idempotency key %s, so it stays locked until the in-flight"
                      + " timeout: %s",
                  claim.key().shortHash(), e.toString());
              return null;
            });
  }

  private static void warnIfUnsettled(ContainerRequestContext request, RecordKey recordKey) {
    if (request.getProperty(CLAIM_PROPERTY) != null) {
      LOG.warnf(
          "The request with idempotency key %s of tenant %s ended before its response was stored"
              + " (the client may have disconnected); the key stays locked until"
              + " gateway.idempotency.in-flight-timeout passes",
          recordKey.shortHash(), recordKey.tenant());
    }
  }

  private static boolean appliesTo(ContainerRequestContext request) {
    if (!HttpMethod.POST.equals(request.getMethod())) {
      return false;
    }
    String path = request.getUriInfo().getPath();
    return path.equals("/v1") || path.startsWith("/v1/");
  }

  /**
   * Returns the body and puts a fresh copy back for the resource. With {@code readBody = true} the
   * body is complete before this filter runs: in memory when it fits the input buffer, and
   * otherwise as a stream this filter reads on the worker thread RESTEasy Reactive moved the
   * request to. A resource method that takes no body gets no buffered stream, and its body counts
   * as empty.
   */
  private static byte[] readBody(ContainerRequestContext request, ServerRequestContext server)
      throws IOException {
    if (server instanceof ResteasyReactiveRequestContext context && !context.hasInputStream()) {
      return new byte[0];
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    return body;
  }

  private static String pathAndQuery(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    return uri.getRawQuery() == null
        ? uri.getRawPath()
        : uri.getRawPath() + "?" + uri.getRawQuery();
  }
}
