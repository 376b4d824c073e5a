package io.telecogateway.simulator;

/**
 * One item of a multiple call forward request.
 *
 * @param forwardNumber null to remove the call forward
 */
record ForwardChange(long inventoryId, String inventoryNumber, String forwardNumber) {}
