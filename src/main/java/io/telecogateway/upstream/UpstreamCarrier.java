package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A carrier account as Teleco lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record UpstreamCarrier(
    @JsonProperty("id") String id,
    @JsonProperty("account_name") String accountName,
    @JsonProperty("provider") String provider,
    @JsonProperty("is_enable") Boolean enabled,
    @JsonProperty("primary_account") Boolean primary) {}
