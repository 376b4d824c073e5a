package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A number that can be ordered. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record AvailableDid(
    @JsonProperty("did_number") String didNumber,
    @JsonProperty("state") String state,
    @JsonProperty("rate_center") String rateCenter,
    @JsonProperty("provider_id") String providerId,
    @JsonProperty("tier_type") String tierType) {}
