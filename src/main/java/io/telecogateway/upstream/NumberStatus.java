package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The outcome Teleco reports for one number of an order or a route. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record NumberStatus(
    @JsonProperty("did_number") String didNumber, @JsonProperty("status") String status) {}
