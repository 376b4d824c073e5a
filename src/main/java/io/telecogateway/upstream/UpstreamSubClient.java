package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A sub client of the Teleco account. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamSubClient(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("email") String email,
    @JsonProperty("username") String username,
    @JsonProperty("is_enable") Boolean enabled) {}
