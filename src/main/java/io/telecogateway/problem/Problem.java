package io.telecogateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem-details body, sent as {@code application/problem+json} for every error.
 *
 * <p>Registered for reflection because exception mappers send it as a plain entity, which Quarkus
 * does not discover for the native image by itself.
 *
 * @param errors per-field or per-item details; omitted when empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An RFC 9457 problem-details body, sent as application/problem+json")
@RegisterForReflection
public record Problem(
    @Schema(
            description = "A URI naming the kind of problem, one per code",
            format = "uri",
            examples = "https://teleco-gateway.dev/problems/invalid-phone-number")
        String type,
    @Schema(
            description = "A short summary of the kind of problem",
            examples = "Invalid phone number")
        String title,
    @Schema(description = "The HTTP status of the response", examples = "400") int status,
    @Schema(description = "What went wrong with this request, and what to do next") String detail,
    @Schema(description = "A stable error code; codes are added, never renamed or removed")
        String code,
    @Schema(
            description = "The request id, as in the X-Request-Id response header",
            examples = "e57afb2d-f573-400f-8795-ef7bfa7c74e1")
        String requestId,
    @Schema(description = "Each invalid field, or the provider's messages; absent when empty")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field (or provider message) behind a problem. {@code field} is null for provider messages.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(description = "One invalid field, or one message of the provider")
  @RegisterForReflection
  public record FieldError(
      @Schema(
              description =
                  "The field, query parameter or header, such as numbers[0].number; absent for a"
                      + " provider message",
              examples = "forwardTo")
          String field,
      @Schema(description = "What is wrong with it") String message) {}
}
