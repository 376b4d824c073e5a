package io.telecogateway.simulator;

import java.util.List;

/**
 * One page of an account's inventory.
 *
 * @param totalPages 0 when the inventory is empty
 */
record InventoryPage(List<InventoryItem> items, int currentPage, int totalPages, long totalCount) {}
