package io.telecogateway.api.model;

/**
 * A number that can be ordered.
 *
 * @param number E.164
 * @param tierType the provider's price tier, to send back in the order
 */
public record AvailableNumber(
    String number, String state, String rateCenter, String providerId, String tierType) {}
