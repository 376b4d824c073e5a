package io.telecogateway.api.model;

/**
 * A rate center of a state.
 *
 * @param state the two-letter state code
 */
public record RateCenter(String name, String state) {}
