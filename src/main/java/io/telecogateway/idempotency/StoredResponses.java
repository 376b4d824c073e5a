package io.telecogateway.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides which responses are stored, captures them, and rebuilds them for replay. */
final class StoredResponses {

  /** The response header that marks a replayed response. */
  static final String REPLAYED_HEADER = "Idempotency-Replayed";

  /**
   * The headers stored and replayed besides {@code Content-Type}: those that describe the result.
   * Headers about this one exchange, such as {@code X-Request-Id} and the rate-limit fields, are
   * set afresh on each response.
   */
  static final List<String> REPLAYED_HEADERS =
      List.of(
          HttpHeaders.LOCATION,
          HttpHeaders.CONTENT_LOCATION,
          HttpHeaders.ETAG,
          HttpHeaders.LAST_MODIFIED,
          HttpHeaders.LINK);

  private static final String DEFAULT_JSON_TYPE = "application/json;charset=UTF-8";

  private StoredResponses() {}

  /**
   * Tells whether a response is stored for replay. Every response is, including validation errors,
   * provider rejections, 502 {@code upstream_unavailable} and 504 {@code upstream_outcome_unknown},
   * because the provider may have acted on the request, and a blind retry must not order twice. Not
   * stored, so that the caller can retry with the same key: any response with code {@code
   * internal_error} (a fault of the gateway itself), 503 (the gateway did not send the request, for
   * example because the circuit breaker is open), and any 5xx other than 502 and 504.
   */
  static boolean isStored(int status, Object entity) {
    if (entity instanceof Problem problem
        && ErrorCode.INTERNAL_ERROR.code().equals(problem.code())) {
      return false;
    }
    // NOTE: releasing the key on 503 assumes that the upstream client returns 503 only when it did
    // not send the request (circuit breaker open, bulkhead full). A provider's own 5xx must map to
    // 502, which is stored.
    return status < 500 || status == 502 || status == 504;
  }

  /**
   * Captures the status, headers and body of a response. The body is serialized with the
   * application's {@link ObjectMapper}, as the JSON writer of the response serializes it. The
   * content type is the one the response declares, which RESTEasy Reactive sends unchanged, or else
   * the one it negotiated, or else {@code application/json;charset=UTF-8}, which its JSON writer
   * sends for an entity without a declared type.
   *
   * @param negotiatedType the content type RESTEasy Reactive chose for the resource method, null
   *     when it chose none
   * @throws IllegalArgumentException when the entity is neither JSON, text nor bytes
   */
  static StoredResponse capture(
      ContainerResponseContext response, ObjectMapper mapper, String negotiatedType)
      throws JsonProcessingException {
    Object entity = response.getEntity();
    MediaType declared = response.getMediaType();
    MediaType type =
        declared != null
            ? declared
            : MediaType.valueOf(negotiatedType != null ? negotiatedType : DEFAULT_JSON_TYPE);
    byte[] body;
    if (entity == null) {
      body = new byte[0];
    } else if (entity instanceof byte[] bytes) {
      body = bytes;
    } else if (entity instanceof String text) {
      body = text.getBytes(charsetOf(type));
    } else if (isJson(type)) {
      body = mapper.writeValueAsBytes(entity);
    } else {
      throw new IllegalArgumentException(
          "an entity of type " + entity.getClass().getName() + " as " + type + " is not stored");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : REPLAYED_HEADERS) {
      List<String> values = response.getStringHeaders().get(name);
      if (values != null && !values.isEmpty()) {
        headers.put(name, List.copyOf(values));
      }
    }
    String contentType = entity == null ? null : type.toString();
    return new StoredResponse(response.getStatus(), contentType, headers, body);
  }

  /** Rebuilds a stored response, marked with {@code Idempotency-Replayed: true}. */
  static Response replay(StoredResponse stored) {
    Response.ResponseBuilder builder = Response.status(stored.status());
    if (stored.body().length > 0) {
      builder.entity(stored.body()).type(stored.contentType());
    }
    stored
        .headers()
        .forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    builder.header(REPLAYED_HEADER, "true");
    return builder.build();
  }

  private static boolean isJson(MediaType type) {
    return "json".equalsIgnoreCase(type.getSubtype())
        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json");
  }

  private static Charset charsetOf(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
  }
}
