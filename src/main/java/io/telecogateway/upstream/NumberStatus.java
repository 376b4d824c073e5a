package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The outcome Teleco reports for one number of an order or a route. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NumberStatus(
    @JsonProperty("did_number") String didNumber, @JsonProperty("status") String status) {}
