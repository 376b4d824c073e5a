package io.telecogateway.upstream;

/**
 * One number to route.
 *
 * @param didNumber 10 digits
 */
public record RouteLine(String didNumber, long providerId, long carrierId, long subaccountId) {}
