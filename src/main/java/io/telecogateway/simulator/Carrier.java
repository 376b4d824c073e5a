package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A carrier account (SIP trunk) of an account. The credentials are stored but never sent back.
 *
 * @param username null when the request did not set it
 * @param password null when the request did not set it
 * @param apiToken null when the request did not set it
 */
record Carrier(
    long id,
    String accountName,
    long providerId,
    String providerName,
    boolean enabled,
    boolean primary,
    String username,
    String password,
    String apiToken) {

  Carrier withPrimary(boolean newPrimary) {
    return new Carrier(
        id,
        accountName,
        providerId,
        providerName,
        enabled,
        newPrimary,
        username,
        password,
        apiToken);
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("account_name", accountName);
    json.put("provider", providerName);
    json.put("is_enable", enabled);
    json.put("primary_account", primary);
    return json;
  }
}
