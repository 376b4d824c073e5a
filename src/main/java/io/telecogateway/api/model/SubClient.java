package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sub client of the Teleco account. */
@Schema(description = "A sub client of the Teleco account")
public record SubClient(
    @Schema(description = "The sub client's id, used in its paths", examples = "3") String id,
    @Schema(description = "The sub client's name", examples = "Acme support") String name,
    @Schema(description = "The sub client's email address", examples = "support@acme.example")
        String email,
    @Schema(description = "The sub client's username at Teleco", examples = "acme-support")
        String username,
    @Schema(description = "Whether the sub client is enabled", examples = "true")
        Boolean enabled) {}
