package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A number that can be ordered.
 *
 * @param number E.164
 * @param tierType the provider's price tier, to send back in the order
 */
@Schema(description = "A number that can be ordered")
public record AvailableNumber(
    @Schema(description = Descriptions.E164, examples = "+12055550100") String number,
    @Schema(description = "The two-letter state code; null for toll-free numbers", examples = "AL")
        String state,
    @Schema(description = "The rate center; null for toll-free numbers", examples = "BIRMINGHAM")
        String rateCenter,
    @Schema(description = "The provider that offers the number", examples = "1") String providerId,
    @Schema(description = "The provider's price tier, to send back in the order", examples = "1121")
        String tierType) {}
