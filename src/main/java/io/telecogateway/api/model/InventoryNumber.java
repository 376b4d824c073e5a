package io.telecogateway.api.model;

/**
 * A number of the account's inventory.
 *
 * @param number E.164
 * @param forwardTo E.164, or null when calls are not forwarded
 * @param createdAt ISO-8601 UTC
 */
public record InventoryNumber(
    String id,
    String number,
    String state,
    String rateCenter,
    String providerId,
    String carrierId,
    String subaccountId,
    String didType,
    String forwardTo,
    String createdAt) {}
