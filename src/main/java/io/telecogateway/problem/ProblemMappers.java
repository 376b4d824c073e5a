package io.telecogateway.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the HTTP layer into a problem-details response. */
public class ProblemMappers {

  private static final Pattern COERCED_VALUE =
      Pattern.compile("^Cannot coerce [A-Za-z -]+ value \\((.+?)\\) to ");

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** Maximum number of violations spelled out in a detail. The errors member lists them all. */
  private static final int DETAILED_ERRORS = 5;

  @ServerExceptionMapper
  public Response apiException(ApiException e) {
    return ProblemResponses.of(e);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return ProblemResponses.of(ErrorCode.NOT_FOUND, "No resource at " + quote(uri.getPath()) + ".");
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException e, Request request, UriInfo uri) {
    // RESTEasy Reactive leaves the Allow header out of this exception, so AllowHeaderFilter in the
    // api package adds it to the response.
    String allow = e.getResponse().getHeaderString("Allow");
    String detail =
        "The method " + request.getMethod() + " is not allowed on " + quote(uri.getPath()) + ".";
    return ProblemResponses.of(
        ErrorCode.METHOD_NOT_ALLOWED,
        405,
        allow == null ? detail : detail + " Allowed: " + allow + ".",
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
    // The JSON body reader wraps syntax errors and some binding errors in a 400.
    Response json = jsonProblem(e.getCause());
    if (json != null) {
      return json;
    }
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

  /**
   * Maps a JSON value of the wrong shape, such as an object where a string is expected, or an empty
   * body sent to a list. Declared for this type because Quarkus has a built-in mapper for it that
   * does not return problem details.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    String original = e.getOriginalMessage();
    if (original != null && original.startsWith("Trailing token")) {
      return ProblemResponses.of(
          ErrorCode.INVALID_REQUEST,
          "The request body must be exactly one JSON value, but more follows it.");
    }
    return mapping(e);
  }

  /**
   * Maps a request body that Jackson cannot bind to the resource's type for a reason of the type
   * itself. That is a fault of the gateway, so the response is 500 problem details. The mapper is
   * declared for this type because Quarkus has a built-in one that returns an empty body.
   */
  @ServerExceptionMapper
  public Response invalidDefinition(InvalidDefinitionException e) {
    return internalError(e);
  }

  @ServerExceptionMapper
  public Response mapping(JsonMappingException e) {
    // Jackson wraps a syntax error found inside a nested value (truncated JSON, a duplicate member,
    // invalid UTF-8) with the path of that value. It is still a syntax error.
    if (e.getCause() instanceof StreamReadException syntax
        && !(syntax instanceof InputCoercionException)) {
      return malformedJson(syntax);
    }
    String field = fieldPath(e);
    String scalar = offendingScalar(e);
    String message;
    if (e.getCause() instanceof InputCoercionException) {
      message = "invalid value: the number is out of range";
    } else if (scalar != null) {
      message = "invalid value " + quote(scalar) + ": expected " + typeName(e);
    } else {
      message = "invalid value: expected " + typeName(e);
    }
    if (field.isEmpty()) {
      return ProblemResponses.of(
          ErrorCode.INVALID_REQUEST,
          "The request body does not have the expected JSON shape: expected " + typeName(e) + ".");
    }
    return ProblemResponses.of(
        ErrorCode.INVALID_REQUEST,
        400,
        "Field '" + field + "' has an " + message + ".",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  @ServerExceptionMapper
  public Response malformedJson(StreamReadException e) {
    if (e instanceof InputCoercionException) {
      return ProblemResponses.of(
          ErrorCode.INVALID_REQUEST, "The request body has a number that is out of range.");
    }
    String original = e.getOriginalMessage();
    if (original != null && original.startsWith("Duplicate field")) {
      // Jackson's message names the member, as in "Duplicate field 'forwardTo'".
      return ProblemResponses.of(
          ErrorCode.INVALID_REQUEST,
          "The request body is not valid: "
              + original.replace("Duplicate field", "duplicate member")
              + ".");
    }
    if (e.getLocation() == null) {
      return ProblemResponses.of(ErrorCode.INVALID_REQUEST, "The request body is not valid JSON.");
    }
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

  /**
   * Reports every violation of a request at once, each with its public field path and the rejected
   * value. The code is {@code invalid_request}, or the code of {@link ReportedAs} when all
   * violations carry the same one, such as {@code invalid_phone_number}.
   */
  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<ConstraintViolation<?>> violations =
        e.getConstraintViolations().stream()
            .sorted(Comparator.comparing(v -> fieldPath(v.getPropertyPath())))
            .toList();
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<ErrorCode> codes = EnumSet.noneOf(ErrorCode.class);
    for (ConstraintViolation<?> v : violations) {
      String field = fieldPath(v.getPropertyPath());
      errors.add(new Problem.FieldError(field.isEmpty() ? null : field, message(v)));
      codes.add(codeOf(v));
    }
    ErrorCode code = codes.size() == 1 ? codes.iterator().next() : ErrorCode.INVALID_REQUEST;
    return ProblemResponses.of(code, 400, violationDetail(errors), errors, Map.of());
  }

  /**
   * Maps a Bean Validation failure that is not a violation, such as an invalid constraint
   * declaration. That is a fault of the gateway, not of the request. Declared for this type because
   * the Hibernate Validator extension has a built-in mapper for it.
   */
  @ServerExceptionMapper
  public Response validationFailure(ValidationException e) {
    return internalError(e);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    return internalError(e);
  }

  /** Maps a JSON error found as the cause of another exception, or returns null. */
  private Response jsonProblem(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException e) {
      return unknownField(e);
    }
    if (cause instanceof InvalidFormatException e) {
      return invalidFormat(e);
    }
    if (cause instanceof JsonMappingException e) {
      return mapping(e);
    }
    if (cause instanceof StreamReadException e) {
      return malformedJson(e);
    }
    if (cause instanceof JsonProcessingException e) {
      return otherJson(e);
    }
    return null;
  }

  private static Response internalError(Throwable e) {
    // The exception is logged, never sent: its message may name internals.
    LOG.errorf(e, "Request failed with an unexpected %s", e.getClass().getName());
    return ProblemResponses.of(
        ErrorCode.INTERNAL_ERROR,
        "The gateway failed to process the request; quote the request id when reporting it.");
  }

  /** Returns the message of a violation, with the rejected value first when it is a scalar. */
  private static String message(ConstraintViolation<?> v) {
    Object value = v.getInvalidValue();
    if (value == null || !isScalar(value)) {
      return v.getMessage();
    }
    return quote(String.valueOf(value)) + " " + v.getMessage();
  }

  private static boolean isScalar(Object value) {
    return value instanceof CharSequence || value instanceof Number || value instanceof Boolean;
  }

  private static ErrorCode codeOf(ConstraintViolation<?> v) {
    ReportedAs reportedAs =
        v.getConstraintDescriptor()
            .getAnnotation()
            .annotationType()
            .getAnnotation(ReportedAs.class);
    return reportedAs == null ? ErrorCode.INVALID_REQUEST : reportedAs.value();
  }

  /**
   * Returns the detail of a violation problem: each invalid field with its message, such as {@code
   * forwardTo '+1 123' is not a valid NANP number}, up to a few, then how many more there are.
   */
  static String violationDetail(List<Problem.FieldError> errors) {
    List<String> parts = new ArrayList<>();
    for (Problem.FieldError error : errors.subList(0, Math.min(errors.size(), DETAILED_ERRORS))) {
      parts.add(
          error.field() == null
              ? capitalize(error.message())
              : error.field() + " " + error.message());
    }
    if (errors.size() > DETAILED_ERRORS) {
      parts.add("and " + (errors.size() - DETAILED_ERRORS) + " more (see errors)");
    }
    return String.join("; ", parts);
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Returns the public field path of a violation, such as {@code numbers[0].number} or {@code
   * pageSize}. The Java method name is dropped, and so is the name of the request-body parameter,
   * which resources call {@code body}. Query and path parameters keep their names. An element of a
   * list is shown by its index alone ({@code numbers[1]}), without Bean Validation's {@code <list
   * element>} name.
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
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
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

  /**
   * Returns the scalar the parser stopped at, such as {@code 1} sent for a boolean, or null when it
   * stopped at something else (an object, an array) or the text cannot be read.
   */
  private static String offendingScalar(JsonMappingException e) {
    // Jackson's coercion failures name the value, as in: Cannot coerce String value ("true") to
    // `java.lang.Boolean` value. The parser has often moved past the value by then.
    Matcher coercion = COERCED_VALUE.matcher(String.valueOf(e.getOriginalMessage()));
    if (coercion.find()) {
      String value = coercion.group(1);
      return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
          ? value.substring(1, value.length() - 1)
          : value;
    }
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return null;
    }
    JsonToken token = parser.currentToken();
    if (token == null || !token.isScalarValue()) {
      return null;
    }
    try {
      return parser.getText();
    } catch (IOException unreadable) {
      return null;
    }
  }

  private static String quote(String value) {
    String shown = value.length() > 100 ? value.substring(0, 100) + "…" : value;
    return "'" + shown + "'";
  }
}
