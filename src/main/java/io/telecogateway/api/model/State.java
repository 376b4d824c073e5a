package io.telecogateway.api.model;

/**
 * A state with available numbers.
 *
 * @param code the two-letter code, such as {@code AL}
 */
public record State(String code, String name) {}
