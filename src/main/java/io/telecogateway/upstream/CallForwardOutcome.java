package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The per-item outcome of a multi call-forward (or removal) call. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record CallForwardOutcome(
    @JsonProperty("inventory_id") String inventoryId,
    @JsonProperty("status") String status,
    @JsonProperty("message") String message) {}
