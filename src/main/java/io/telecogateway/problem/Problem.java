package io.telecogateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * An RFC 9457 problem-details body, sent as {@code application/problem+json} for every error.
 *
 * <p>Registered for reflection because exception mappers send it as a plain entity, which Quarkus
 * does not discover for the native image by itself.
 *
 * @param errors per-field or per-item details; omitted when empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@RegisterForReflection
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field (or provider message) behind a problem. {@code field} is null for provider messages.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @RegisterForReflection
  public record FieldError(String field, String message) {}
}
