package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A number in an account's inventory.
 *
 * @param carrierId null until the number is routed
 * @param subaccountId null until the number is routed
 * @param forwardNumber null when no call forward is set
 */
record InventoryItem(
    long id,
    String didNumber,
    String stateId,
    String rateCenter,
    long providerId,
    Long carrierId,
    Long subaccountId,
    String didType,
    String forwardNumber,
    Instant createdAt) {

  InventoryItem withRoute(long newCarrierId, long newSubaccountId) {
    return new InventoryItem(
        id,
        didNumber,
        stateId,
        rateCenter,
        providerId,
        newCarrierId,
        newSubaccountId,
        didType,
        forwardNumber,
        createdAt);
  }

  InventoryItem withForwardNumber(String newForwardNumber) {
    return new InventoryItem(
        id,
        didNumber,
        stateId,
        rateCenter,
        providerId,
        carrierId,
        subaccountId,
        didType,
        newForwardNumber,
        createdAt);
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("did_number", didNumber);
    json.put("state", stateId);
    json.put("rate_center", rateCenter);
    json.put("provider_id", providerId);
    json.put("carrier_id", carrierId);
    json.put("subaccount_id", subaccountId);
    json.put("did_type", didType);
    json.put("forward_number", forwardNumber);
    json.put("created_at", Json.timestamp(createdAt));
    return json;
  }
}
