package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A rate center of a state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamRateCenter(
    @JsonProperty("rate_center") String name, @JsonProperty("state_id") String state) {}
