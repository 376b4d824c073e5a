package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rate center of a state.
 *
 * @param state the two-letter state code
 */
@Schema(description = "A rate center of a state")
public record RateCenter(
    @Schema(description = "The rate center's name, to use in searches", examples = "BIRMINGHAM")
        String name,
    @Schema(description = "The two-letter state code", examples = "AL") String state) {}
