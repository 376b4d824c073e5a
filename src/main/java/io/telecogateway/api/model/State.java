package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A state with available numbers.
 *
 * @param code the two-letter code, such as {@code AL}
 */
@Schema(description = "A state in which numbers can be bought")
public record State(
    @Schema(description = "The two-letter code", examples = "AL") String code,
    @Schema(description = "The state's name", examples = "Alabama") String name) {}
