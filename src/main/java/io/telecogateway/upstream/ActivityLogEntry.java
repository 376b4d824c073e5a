package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One entry of the account's activity log. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record ActivityLogEntry(
    @JsonProperty("id") String id,
    @JsonProperty("description") String description,
    @JsonProperty("created_at") String createdAt) {}
