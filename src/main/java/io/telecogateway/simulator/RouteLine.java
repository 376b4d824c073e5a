package io.telecogateway.simulator;

/**
 * One number of a route request.
 *
 * @param field the request path of the item, such as {@code numbers.0}, for error messages
 */
record RouteLine(
    String field, String didNumber, long providerId, long carrierId, long subaccountId) {}
