package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /v1/numbers/{id}/call-forward}.
 *
 * @param forwardTo the number calls are forwarded to, in any accepted NANP spelling
 */
public record CallForwardRequest(
    @NotNull(message = "is required") @NanpPhoneNumber String forwardTo) {}
