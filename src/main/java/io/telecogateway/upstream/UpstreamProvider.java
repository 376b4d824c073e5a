package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A number provider. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamProvider(@JsonProperty("id") String id, @JsonProperty("name") String name) {}
