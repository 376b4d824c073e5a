package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A number of the account's inventory.
 *
 * @param number E.164
 * @param forwardTo E.164, or null when calls are not forwarded
 * @param createdAt ISO-8601 UTC
 */
@Schema(description = "A number of the account's inventory")
public record InventoryNumber(
    @Schema(description = "The inventory id, used in the number's paths", examples = "103")
        String id,
    @Schema(description = Descriptions.E164, examples = "+12055550100") String number,
    @Schema(description = "The two-letter state code", examples = "AL") String state,
    @Schema(description = "The rate center", examples = "BIRMINGHAM") String rateCenter,
    @Schema(description = "The provider the number was bought from", examples = "1")
        String providerId,
    @Schema(
            description = "The carrier account the number is routed to; null when not routed",
            nullable = true,
            examples = "1")
        String carrierId,
    @Schema(
            description = "The subaccount the number is routed to; null when not routed",
            nullable = true,
            examples = "1")
        String subaccountId,
    @Schema(description = "voice or fax", examples = "voice") String didType,
    @Schema(
            description = "Where calls are forwarded, in E.164; null when calls are not forwarded",
            nullable = true,
            examples = "+12055550177")
        String forwardTo,
    @Schema(description = Descriptions.TIME, examples = "2026-01-06T10:15:00Z") String createdAt) {}
