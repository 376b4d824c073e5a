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
 * The body of {@code POST /v1/call-forwards/removals}: the numbers whose forward to remove. The
 * largest number of items and unique {@code numberId}s are checked by the resource.
 */
@Schema(description = "The numbers whose call forward to remove")
public record CallForwardRemovalBatchRequest(
    @Schema(
            description =
                "1 to gateway.fanout.max-items (1000 by default) numbers, each listed once; the"
                    + " batch costs one rate-limit token per item",
            minItems = 1,
            maxItems = 1000)
        @NotEmpty(message = "must list at least one item")
        List<@NotNull(message = "is required") @Valid Item> items) {

  /**
   * One forward to remove.
   *
   * @param numberId the inventory id of the number
   * @param number the number itself, echoed in E.164 in the response and not checked against Teleco
   */
  @Schema(name = "CallForwardRemovalItem", description = "One call forward to remove")
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
                  "The number itself, echoed in E.164 in the response and not checked against"
                      + " Teleco",
              required = true)
          @NotNull(message = "is required")
          @NanpPhoneNumber
          String number) {}
}
