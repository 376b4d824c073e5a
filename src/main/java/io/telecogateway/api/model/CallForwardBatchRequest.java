package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import io.telecogateway.api.PositiveInteger;
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
public record CallForwardBatchRequest(
    @Schema(minItems = 1, maxItems = 1000) @NotEmpty(message = "must list at least one item")
        List<@NotNull(message = "is required") @Valid Item> items) {

  /**
   * One forward to set.
   *
   * @param numberId the inventory id of the number, as {@code GET /v1/numbers} shows it
   * @param number the number itself, echoed in E.164 in the response; it is not compared with the
   *     number Teleco stores under {@code numberId}
   * @param forwardTo the number calls are forwarded to
   */
  @Schema(name = "CallForwardBatchItem")
  public record Item(
      @NotNull(message = "is required") @PositiveInteger String numberId,
      @NotNull(message = "is required") @NanpPhoneNumber String number,
      @NotNull(message = "is required") @NanpPhoneNumber String forwardTo) {}
}
