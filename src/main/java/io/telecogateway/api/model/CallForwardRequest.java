package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import io.telecogateway.api.openapi.RequestSchemas;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /v1/numbers/{id}/call-forward}.
 *
 * @param forwardTo the number calls are forwarded to, in any accepted NANP spelling
 */
@Schema(description = "The number to forward calls to")
public record CallForwardRequest(
    @Schema(
            ref = RequestSchemas.PHONE_NUMBER,
            description = "The number calls are forwarded to, in any accepted NANP spelling",
            required = true)
        @NotNull(message = "is required")
        @NanpPhoneNumber
        String forwardTo) {}
