package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import io.telecogateway.api.PositiveInteger;
import io.telecogateway.api.RequestValues;
import io.telecogateway.api.openapi.RequestSchemas;
import io.telecogateway.upstream.OrderLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/orders}: the numbers to buy, all or nothing. */
@Schema(description = "The numbers to buy, all or nothing")
public record OrderRequest(
    @Schema(description = "1 to 100 numbers, each as a search found it")
        @NotEmpty(message = "must list at least one number")
        @Size(max = OrderRequest.MAX_NUMBERS, message = "must list at most {max} numbers")
        List<@NotNull(message = "is required") @Valid Line> numbers) {

  /**
   * The largest number of numbers in one order. NOTE: the provider documents no limit; this one
   * keeps a single provider call short.
   */
  public static final int MAX_NUMBERS = 100;

  /**
   * One number to buy, as found by a search.
   *
   * @param didType {@code voice} (the default) or {@code fax}
   * @param quantity 1 (the default), the only accepted value, because each line names one number
   */
  @Schema(name = "OrderLine", description = "One number to buy")
  public record Line(
      @Schema(ref = RequestSchemas.PHONE_NUMBER, description = "The number to buy", required = true)
          @NotNull(message = "is required")
          @NanpPhoneNumber
          String number,
      @Schema(
              ref = RequestSchemas.ID,
              description = "The provider that offers the number, as the search returned it",
              required = true)
          @NotNull(message = "is required")
          @PositiveInteger
          String providerId,
      @Schema(
              ref = RequestSchemas.ID,
              description = "The price tier, as the search returned it",
              required = true)
          @NotNull(message = "is required")
          @PositiveInteger
          String tierType,
      @Schema(
              description = "The kind of number",
              enumeration = {"voice", "fax"},
              defaultValue = "voice")
          @Pattern(regexp = "^(voice|fax)$", message = "must be voice or fax")
          String didType,
      @Schema(
              description = "Always 1, because each line names one number",
              minimum = "1",
              maximum = "1",
              defaultValue = "1")
          @Min(1)
          @Max(1)
          Integer quantity) {}

  public List<OrderLine> toUpstream() {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      Line line = numbers.get(i);
      String prefix = "numbers[" + i + "].";
      lines.add(
          new OrderLine(
              RequestValues.phone(prefix + "number", line.number()).tenDigits(),
              RequestValues.id(prefix + "providerId", line.providerId()),
              RequestValues.id(prefix + "tierType", line.tierType()),
              line.didType() == null ? "voice" : line.didType(),
              line.quantity() == null ? 1 : line.quantity()));
    }
    return lines;
  }
}
