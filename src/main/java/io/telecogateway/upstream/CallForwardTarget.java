package io.telecogateway.upstream;

/**
 * One item of a multi call-forward (or removal) call.
 *
 * @param inventoryNumber 10 digits
 * @param forwardNumber 11 digits; null in a removal
 */
public record CallForwardTarget(long inventoryId, String inventoryNumber, String forwardNumber) {}
