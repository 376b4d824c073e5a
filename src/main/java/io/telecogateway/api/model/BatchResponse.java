package io.telecogateway.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response to a batch call: how many items succeeded, and each item's outcome in request order.
 */
@Schema(name = "BatchResponse")
public record BatchResponse(Summary summary, List<Item> items) {

  /** Item counts; {@code total} is {@code succeeded + failed}. */
  @Schema(name = "BatchSummary")
  public record Summary(int total, int succeeded, int failed) {}

  /**
   * The outcome of one item.
   *
   * @param number in E.164
   * @param status {@code succeeded} or {@code failed}
   * @param error why the item failed; absent when it succeeded
   */
  @Schema(name = "BatchItem")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(
      String numberId,
      String number,
      @Schema(enumeration = {"succeeded", "failed"}) String status,
      ItemError error) {}

  /**
   * The problem that failed one item, as a whole request would report it.
   *
   * @param code a stable error code, such as {@code not_found} or {@code upstream_timeout}
   * @param status the HTTP status a single call would have returned
   */
  @Schema(name = "BatchItemError")
  public record ItemError(String code, int status, String detail) {}
}
