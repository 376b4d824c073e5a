package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A subaccount of the Teleco account. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record UpstreamSubaccount(
    @JsonProperty("id") String id, @JsonProperty("name") String name) {}
