package io.telecogateway.problem;

import java.util.List;
import java.util.Map;

/**
 * An error that ends a request with a problem-details answer. Thrown (or failed into a {@code Uni})
 * anywhere in the gateway; {@link ProblemMappers} turns it into the response.
 */
public class ApiException extends RuntimeException {

  private final ErrorCode code;
  private final int status;
  private final transient List<Problem.FieldError> errors;
  private final transient Map<String, String> headers;

  public ApiException(
      ErrorCode code,
      int status,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.code = code;
    this.status = status;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  public ApiException(ErrorCode code, String detail) {
    this(code, code.defaultStatus(), detail, List.of(), Map.of());
  }

  public ApiException(ErrorCode code, String detail, List<Problem.FieldError> errors) {
    this(code, code.defaultStatus(), detail, errors, Map.of());
  }

  /** Reports one invalid field, naming the field and the rejected value. */
  public static ApiException invalidField(ErrorCode code, String field, String message) {
    return new ApiException(code, message, List.of(new Problem.FieldError(field, message)));
  }

  public ErrorCode code() {
    return code;
  }

  public int status() {
    return status;
  }

  public String detail() {
    return getMessage();
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** Extra response headers, such as {@code Retry-After}. */
  public Map<String, String> headers() {
    return headers;
  }
}
