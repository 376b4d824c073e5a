package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The provider's outcome for one number of an order or a route.
 *
 * @param number E.164
 * @param status the provider's word, such as {@code ordered} or {@code routed}
 */
@Schema(description = "Teleco's outcome for one number of an order or a route")
public record NumberOutcome(
    @Schema(description = Descriptions.E164, examples = "+12055550100") String number,
    @Schema(description = "Teleco's word for the outcome, such as ordered or routed")
        String status) {}
