package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A subaccount of the Teleco account. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamSubaccount(
    @JsonProperty("id") String id, @JsonProperty("name") String name) {}
