package io.telecogateway.upstream;

import java.util.List;

/** One page of the inventory, with Teleco's pagination figures. */
public record InventoryPage(
    int currentPage, int totalPages, long totalCount, List<InventoryItem> items) {}
