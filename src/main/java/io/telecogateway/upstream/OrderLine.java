package io.telecogateway.upstream;

/**
 * One number of an order.
 *
 * @param didNumber 10 digits
 * @param didType {@code voice} or {@code fax}
 */
public record OrderLine(
    String didNumber, long providerId, long tierType, String didType, int quantity) {}
