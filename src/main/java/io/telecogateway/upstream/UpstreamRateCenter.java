package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A rate center of a state. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record UpstreamRateCenter(
    @JsonProperty("rate_center") String name, @JsonProperty("state_id") String state) {}
