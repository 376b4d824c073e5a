package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import io.telecogateway.api.PositiveInteger;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /v1/call-forwards/removals}: the numbers whose forward to remove. The
 * largest number of items and unique {@code numberId}s are checked by the resource.
 */
public record CallForwardRemovalBatchRequest(
    @Schema(minItems = 1, maxItems = 1000) @NotEmpty(message = "must list at least one item")
        List<@NotNull(message = "is required") @Valid Item> items) {

  /**
   * One forward to remove.
   *
   * @param numberId the inventory id of the number
   * @param number the number itself, echoed in E.164 in the response and not checked against Teleco
   */
  @Schema(name = "CallForwardRemovalItem")
  public record Item(
      @NotNull(message = "is required") @PositiveInteger String numberId,
      @NotNull(message = "is required") @NanpPhoneNumber String number) {}
}
