package io.telecogateway.simulator;

/**
 * One number of an order request.
 *
 * @param field the request path of the item, such as {@code numbers.0}, for error messages
 */
record OrderLine(String field, String didNumber, long providerId, long tierType, String didType) {}
