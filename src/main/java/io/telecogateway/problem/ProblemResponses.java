package io.telecogateway.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;

/** Builds problem-details responses. */
public final class ProblemResponses {

  /** The log-context key under which the current request id is stored. */
  public static final String REQUEST_ID_KEY = "requestId";

  private ProblemResponses() {}

  public static Response of(ApiException e) {
    return of(e.code(), e.status(), e.detail(), e.errors(), e.headers());
  }

  public static Response of(ErrorCode code, String detail) {
    return of(code, code.defaultStatus(), detail, List.of(), Map.of());
  }

  public static Response of(
      ErrorCode code,
      int status,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    Problem body = problem(code, status, detail, errors);
    Response.ResponseBuilder builder =
        Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    headers.forEach(builder::header);
    return builder.build();
  }

  public static Problem problem(
      ErrorCode code, int status, String detail, List<Problem.FieldError> errors) {
    return new Problem(
        code.type(), code.title(), status, detail, code.code(), currentRequestId(), errors);
  }

  static String currentRequestId() {
    Object id = MDC.get(REQUEST_ID_KEY);
    return id == null ? null : id.toString();
  }
}
