package io.telecogateway.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the inventory. */
@Schema(description = "One page of the account's numbers")
public record NumberPage(
    @Schema(description = "The numbers of this page") List<InventoryNumber> items, PageInfo page) {}
