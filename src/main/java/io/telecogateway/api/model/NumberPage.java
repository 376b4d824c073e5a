package io.telecogateway.api.model;

import java.util.List;

/** One page of the inventory. */
public record NumberPage(List<InventoryNumber> items, PageInfo page) {}
