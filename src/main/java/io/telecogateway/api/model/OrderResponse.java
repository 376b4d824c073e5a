package io.telecogateway.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response to an order.
 *
 * @param orderId the provider's order id; omitted when the provider sends none
 */
@Schema(description = "The response to an order")
public record OrderResponse(
    @Schema(description = "Teleco's order id; absent when Teleco sends none", examples = "9001")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String orderId,
    @Schema(description = "Teleco's outcome for each ordered number")
        List<NumberOutcome> numbers) {}
