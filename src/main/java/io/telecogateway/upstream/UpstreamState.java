package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A state with available numbers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamState(
    @JsonProperty("state_id") String code, @JsonProperty("name") String name) {}
