package io.telecogateway.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The response to an order.
 *
 * @param orderId the provider's order id; omitted when the provider sends none
 */
public record OrderResponse(
    @JsonInclude(JsonInclude.Include.NON_NULL) String orderId, List<NumberOutcome> numbers) {}
