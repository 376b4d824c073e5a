package io.telecogateway.api;

import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.Problem;
import io.telecogateway.problem.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Takes the request id from {@code X-Request-Id} or generates one, puts it on the log context, and
 * returns it on every response.
 */
public class RequestIdFilter {

  public static final String HEADER = "X-Request-Id";

  /** Printable ids only, so that a request id cannot forge or break a log line. */
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:/+=@-]{1,128}");

  private static final String PROPERTY = RequestIdFilter.class.getName();

  @ServerRequestFilter(preMatching = true, priority = 0)
  public Response assignRequestId(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    boolean valid = given == null || VALID.matcher(given).matches();
    String id = given != null && valid ? given : UUID.randomUUID().toString();
    request.setProperty(PROPERTY, id);
    MDC.put(ProblemResponses.REQUEST_ID_KEY, id);
    if (!valid) {
      String message = "must be 1 to 128 characters of A-Z, a-z, 0-9 and ._:/+=@-";
      return ProblemResponses.of(
          ErrorCode.INVALID_REQUEST,
          400,
          "Header " + HEADER + " " + message + "; a new id was assigned to this request.",
          List.of(new Problem.FieldError(HEADER, message)),
          Map.of());
    }
    return null;
  }

  @ServerResponseFilter
  public void returnRequestId(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(PROPERTY);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
  }
}
