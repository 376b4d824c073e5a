package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subaccount of the Teleco account, which numbers can be routed to. */
@Schema(description = "A subaccount of the Teleco account, which numbers can be routed to")
public record Subaccount(
    @Schema(description = "The subaccount's id, to use in routes", examples = "1") String id,
    @Schema(description = "The subaccount's name", examples = "Support line") String name) {}
