package io.telecogateway.api.model;

/**
 * The provider's outcome for one number of an order or a route.
 *
 * @param number E.164
 * @param status the provider's word, such as {@code ordered} or {@code routed}
 */
public record NumberOutcome(String number, String status) {}
