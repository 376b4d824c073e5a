package io.telecogateway.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A number in the account's inventory, as Teleco sends it: numbers as digit strings, times as the
 * provider's text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record InventoryItem(
    @JsonProperty("id") String id,
    @JsonProperty("did_number") String didNumber,
    @JsonProperty("state") String state,
    @JsonProperty("rate_center") String rateCenter,
    @JsonProperty("provider_id") String providerId,
    @JsonProperty("carrier_id") String carrierId,
    @JsonProperty("subaccount_id") String subaccountId,
    @JsonProperty("did_type") String didType,
    @JsonProperty("forward_number") String forwardNumber,
    @JsonProperty("created_at") String createdAt) {}
