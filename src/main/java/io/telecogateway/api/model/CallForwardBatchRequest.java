package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import io.telecogateway.api.PositiveInteger;
import io.telecogateway.api.openapi.RequestSchemas;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /v1/call-forwards}: the forwards to set, one per number. The largest
 * number of items ({@code gateway.fanout.max-items}) and unique {@code numberId}s are checked by
 * the resource.
 */
@Schema(description = "The call forwards to set, one per number")
public record CallForwardBatchRequest(
    @Schema(
            description =
                "1 to gateway.fanout.max-items (1000 by default) forwards, each number listed"
                    + " once; the batch costs one rate-limit token per item",
            minItems = 1,
            maxItems = 1000)
        @NotEmpty(message = "must list at least one item")
        List<@NotNull(message = "is required") @Valid Item> items) {

  /**
   * One forward to set.
   *
   * @param numberId the inventory id of the number, as {@code GET /v1/numbers} shows it
   * @param number the number itself, echoed in E.164 in the response; it is not compared with the
   *     number Teleco stores under {@code numberId}
   * @param forwardTo the number calls are forwarded to
   */
  @Schema(name = "CallForwardBatchItem", description = "One call forward to set")
  public record Item(
      @Schema(
              ref = RequestSchemas.ID,
              description = "The inventory id of the number, as listNumbers shows it",
              required = true)
          @NotNull(message = "is required")
          @PositiveInteger
          String numberId,
      @Schema(
              ref = RequestSchemas.PHONE_NUMBER,
              description =
                  "The number itself, echoed in E.164 in the response; it is not compared with"
                      + " the number Teleco stores under numberId",
              required = true)
          @NotNull(message = "is required")
          @NanpPhoneNumber
          String number,
      @Schema(
              ref = RequestSchemas.PHONE_NUMBER,
              description = "The number calls are forwarded to",
              required = true)
          @NotNull(message = "is required")
          @NanpPhoneNumber
          String forwardTo) {}
}
