package io.telecogateway.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the HTTP layer into a problem-details answer. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response apiException(ApiException e) {
    return ProblemResponses.of(e);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return ProblemResponses.of(ErrorCode.NOT_FOUND, "No resource at " + quote(uri.getPath()) + ".");
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException e, UriInfo uri) {
    String allow = e.getResponse().getHeaderString("Allow");
    return ProblemResponses.of(
        ErrorCode.METHOD_NOT_ALLOWED,
        405,
        "This method is not allowed on " + quote(uri.getPath()) + "; allowed: " + allow + ".",
        List.of(),
        allow == null ? Map.of() : Map.of("Allow", allow));
  }

  @ServerExceptionMapper
  public Response notSupported(NotSupportedException e) {
    return ProblemResponses.of(
        ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The request body must be sent as application/json.");
  }

  @ServerExceptionMapper
  public Response notAcceptable(NotAcceptableException e) {
    return ProblemResponses.of(
        ErrorCode.NOT_ACCEPTABLE,
        "This resource answers application/json (errors as application/problem+json).");
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 413) {
      return ProblemResponses.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large.");
    }
    if (status >= 400 && status < 500) {
      return ProblemResponses.of(
          ErrorCode.INVALID_REQUEST, status, "The request is invalid.", List.of(), Map.of());
    }
    return internalError(e);
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e) {
    String field = fieldPath(e);
    String message = "unknown field '" + e.getPropertyName() + "'";
    return ProblemResponses.of(
        ErrorCode.INVALID_REQUEST,
        400,
        "The request body has an " + message + " at '" + field + "'.",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e) {
    String field = fieldPath(e);
    String message =
        "invalid value " + quote(String.valueOf(e.getValue())) + ": expected " + typeName(e);
    return ProblemResponses.of(
        ErrorCode.INVALID_REQUEST,
        400,
        "Field '" + field + "' has an " + message + ".",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  @ServerExceptionMapper
  public Response mapping(JsonMappingException e) {
    String field = fieldPath(e);
    String message = "invalid value: expected " + typeName(e);
    if (field.isEmpty()) {
      return ProblemResponses.of(
          ErrorCode.INVALID_REQUEST, "The request body does not have the expected JSON shape.");
    }
    return ProblemResponses.of(
        ErrorCode.INVALID_REQUEST,
        400,
        "Field '" + field + "' has an " + message + ".",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonParseException e) {
    return ProblemResponses.of(
        ErrorCode.INVALID_REQUEST,
        "The request body is not valid JSON (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ").");
  }

  @ServerExceptionMapper
  public Response otherJson(JsonProcessingException e) {
    return ProblemResponses.of(ErrorCode.INVALID_REQUEST, "The request body is not valid JSON.");
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<Problem.FieldError> errors = new ArrayList<>();
    e.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> fieldPath(v.getPropertyPath())))
        .forEach(
            v -> errors.add(new Problem.FieldError(fieldPath(v.getPropertyPath()), message(v))));
    String detail =
        errors.size() == 1
            ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
            : errors.size() + " fields are invalid; see errors.";
    return ProblemResponses.of(ErrorCode.INVALID_REQUEST, 400, detail, errors, Map.of());
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    return internalError(e);
  }

  private static Response internalError(Throwable e) {
    // The exception is logged, never sent: its message may name internals.
    LOG.errorf(e, "Request failed with an unexpected %s", e.getClass().getName());
    return ProblemResponses.of(
        ErrorCode.INTERNAL_ERROR,
        "The gateway failed to process the request; quote the request id when reporting it.");
  }

  private static String message(ConstraintViolation<?> v) {
    Object value = v.getInvalidValue();
    if (value == null || value instanceof Iterable<?> || value instanceof Map<?, ?>) {
      return v.getMessage();
    }
    return v.getMessage() + " (got " + quote(String.valueOf(value)) + ")";
  }

  /**
   * Returns the public field path of a violation, such as {@code numbers[0].number} or {@code
   * pageSize}. The Java method name is dropped, and so is the name of the request-body parameter,
   * which resources call {@code body}; query and path parameters keep their names.
   */
  static String fieldPath(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER && "body".equals(node.getName())) {
        continue;
      }
      if (node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(node.getName());
      }
    }
    return out.toString();
  }

  private static String fieldPath(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String typeName(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && m.getTargetType() != null) {
      Class<?> type = m.getTargetType();
      if (type == String.class) {
        return "a string";
      }
      if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
        return "a number";
      }
      if (type == Boolean.class || type == boolean.class) {
        return "true or false";
      }
      if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
        return "an array";
      }
      return "an object";
    }
    return "another type";
  }

  private static String quote(String value) {
    String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
    return "'" + shown + "'";
  }
}
