package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A number provider. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record UpstreamProvider(@JsonProperty("id") String id, @JsonProperty("name") String name) {}
