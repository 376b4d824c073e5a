package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number provider, such as a carrier that numbers are bought from. */
@Schema(description = "A provider that numbers are bought from")
public record Provider(
    @Schema(description = "The provider's id, used in searches and orders", examples = "1")
        String id,
    @Schema(description = "The provider's name", examples = "Northwind Telecom") String name) {}
