package io.telecogateway.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response to a batch call: how many items succeeded, and each item's outcome in request order.
 */
@Schema(name = "BatchResponse", description = "The outcome of a batch, item by item")
public record BatchResponse(
    Summary summary,
    @Schema(description = "One outcome per item, in request order") List<Item> items) {

  /** Item counts; {@code total} is {@code succeeded + failed}. */
  @Schema(name = "BatchSummary", description = "Item counts; total is succeeded plus failed")
  public record Summary(
      @Schema(description = "The number of items", examples = "3") int total,
      @Schema(description = "The items that succeeded", examples = "2") int succeeded,
      @Schema(description = "The items that failed", examples = "1") int failed) {}

  /**
   * The outcome of one item.
   *
   * @param number in E.164
   * @param status {@code succeeded} or {@code failed}
   * @param error why the item failed; absent when it succeeded
   */
  @Schema(name = "BatchItem", description = "The outcome of one item")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(
      @Schema(description = "The item's numberId", examples = "101") String numberId,
      @Schema(description = "The item's number in E.164", examples = "+12055550198") String number,
      @Schema(
              description = "The item's outcome",
              enumeration = {"succeeded", "failed"})
          String status,
      @Schema(description = "Why the item failed; absent when it succeeded") ItemError error) {}

  /**
   * The problem that failed one item, as a whole request would report it.
   *
   * @param code a stable error code, such as {@code not_found} or {@code upstream_timeout}
   * @param status the HTTP status a single call would have returned
   */
  @Schema(
      name = "BatchItemError",
      description = "The problem that failed the item, as a single call would have returned it")
  public record ItemError(
      @Schema(description = "A stable error code, such as not_found", examples = "not_found")
          String code,
      @Schema(description = "The HTTP status a single call would have returned", examples = "404")
          int status,
      @Schema(description = "What went wrong") String detail) {}
}
