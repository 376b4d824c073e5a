package io.telecogateway.api.openapi;

import io.telecogateway.api.RequestIdFilter;
import io.telecogateway.cache.CacheHeaders;
import io.telecogateway.idempotency.IdempotencyKeyHeader;
import io.telecogateway.ratelimit.RateLimitHeaders;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The HTTP headers of the {@code /v1} contract: the response headers, declared once under {@code
 * components.headers} and referred to by name, and the request headers, built per operation because
 * each operation carries its own examples.
 */
final class HeaderDocs {

  static final String REQUEST_ID = RequestIdFilter.HEADER;
  static final String RATE_LIMIT = RateLimitHeaders.LIMIT;
  static final String RATE_LIMIT_POLICY = RateLimitHeaders.POLICY;
  static final String RETRY_AFTER = RateLimitHeaders.RETRY_AFTER;
  static final String WWW_AUTHENTICATE = HttpHeaders.WWW_AUTHENTICATE;
  static final String CACHE_CONTROL = HttpHeaders.CACHE_CONTROL;
  static final String AGE = CacheHeaders.AGE;
  static final String CACHE_STATUS = CacheHeaders.CACHE_STATUS;
  static final String IDEMPOTENCY_REPLAYED = "Idempotency-Replayed";

  /** The headers on every response of an authenticated {@code /v1} call. */
  static final List<String> RATE_LIMIT_HEADERS = List.of(RATE_LIMIT_POLICY, RATE_LIMIT);

  /** The headers of a response served by the reference-data cache. */
  static final List<String> CACHE_HEADERS = List.of(CACHE_CONTROL, AGE, CACHE_STATUS);

  /** The request id pattern that {@link RequestIdFilter} enforces. */
  private static final String REQUEST_ID_PATTERN = "^[A-Za-z0-9._:/+=@-]{1,128}$";

  private HeaderDocs() {}

  /** Declares every response header under {@code components.headers}, keyed by its name. */
  static void register(Components components) {
    components.addHeader(
        REQUEST_ID,
        header(
            "The id of this request: the X-Request-Id the caller sent when it is valid, otherwise"
                + " one the gateway generated. Every log line about the request carries it; quote"
                + " it when reporting a problem.",
            string().pattern(REQUEST_ID_PATTERN),
            true));
    components.addHeader(
        RATE_LIMIT_POLICY,
        header(
            "The tenant's rate-limit policy (draft-ietf-httpapi-ratelimit-headers):"
                + " \"tenant\";q=<burst>;w=<seconds an empty bucket takes to fill>. Sent on every"
                + " response once the caller key is accepted, so not on 401, 406, 415 and a 400 for"
                + " an invalid X-Request-Id.",
            string(),
            false));
    components.addHeader(
        RATE_LIMIT,
        header(
            "The state of the tenant's bucket after this call: \"tenant\";r=<requests left>;"
                + "t=<seconds until the bucket is full>. Sent with RateLimit-Policy, except on a"
                + " 413 and when the rate-limit store could not be read.",
            string(),
            false));
    components.addHeader(
        RETRY_AFTER,
        header(
            "Whole seconds to wait before retrying, at least 1.",
            OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE),
            true));
    components.addHeader(
        WWW_AUTHENTICATE,
        header(
            "The Bearer challenge of RFC 6750, such as Bearer realm=\"teleco-gateway\","
                + " error=\"invalid_token\".",
            string(),
            true));
    components.addHeader(
        CACHE_CONTROL, header(CacheHeaders.CACHE_CONTROL_DESCRIPTION, string(), true));
    components.addHeader(
        AGE,
        header(
            CacheHeaders.AGE_DESCRIPTION,
            OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO),
            true));
    components.addHeader(
        CACHE_STATUS, header(CacheHeaders.CACHE_STATUS_DESCRIPTION, string(), true));
    components.addHeader(
        IDEMPOTENCY_REPLAYED,
        header(
            "true when this response replays the stored response of an earlier POST with the"
                + " same Idempotency-Key, without a new call to Teleco; absent otherwise.",
            string().enumeration(List.of("true")),
            false));
  }

  /** Returns a reference to a header declared by {@link #register}. */
  static Header ref(String name) {
    return OASFactory.createHeader().ref(name);
  }

  /** Builds the optional {@code X-Request-Id} request header. */
  static Parameter requestIdParameter() {
    return OASFactory.createParameter()
        .name(REQUEST_ID)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "An id for this request, echoed in the X-Request-Id response header and in every log"
                + " line; the gateway generates one when it is absent. Any other value is a 400"
                + " invalid_request naming the header.")
        .schema(string().pattern(REQUEST_ID_PATTERN));
  }

  /** Builds the optional {@code Idempotency-Key} request header of a {@code POST}. */
  static Parameter idempotencyKeyParameter() {
    return OASFactory.createParameter()
        .name(IdempotencyKeyHeader.NAME)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "Makes a retry safe. For 24 hours by default, a repeat with the same key, method, path"
                + " and body returns the stored response again, marked Idempotency-Replayed: true,"
                + " without calling Teleco; the same key with another request is 422, and a repeat"
                + " while the first request runs is 409. Keys are scoped to the tenant. Responses"
                + " with code internal_error and 503 responses are not stored, so they can be"
                + " retried with the same key.")
        .schema(
            string()
                .minLength(1)
                .maxLength(IdempotencyKeyHeader.MAX_LENGTH)
                .pattern("^[\\x21-\\x7E]+$"));
  }

  private static Header header(String description, Schema schema, boolean required) {
    Header header = OASFactory.createHeader().description(description).schema(schema);
    return required ? header.required(true) : header;
  }

  private static Schema string() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }
}
