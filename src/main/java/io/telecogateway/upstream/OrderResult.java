package io.telecogateway.upstream;

import java.util.List;

/**
 * Teleco's answer to an order.
 *
 * @param orderId the provider's order id, or null when it sent none
 */
public record OrderResult(String orderId, List<NumberStatus> numbers) {}
