package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A carrier account that numbers can be routed to. */
@Schema(description = "A carrier account that numbers can be routed to")
public record Carrier(
    @Schema(description = "The carrier account's id, to use in routes", examples = "1") String id,
    @Schema(description = "The account's name", examples = "Main SIP trunk") String accountName,
    @Schema(description = "The name of the carrier's provider", examples = "Northwind Telecom")
        String provider,
    @Schema(description = "Whether numbers can be routed to the account", examples = "true")
        Boolean enabled,
    @Schema(description = "Whether this is the account's primary carrier", examples = "true")
        Boolean primary) {}
