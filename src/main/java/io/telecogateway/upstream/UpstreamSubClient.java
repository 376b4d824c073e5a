package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A sub client of the Teleco account. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record UpstreamSubClient(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("email") String email,
    @JsonProperty("username") String username,
    @JsonProperty("is_enable") Boolean enabled) {}
