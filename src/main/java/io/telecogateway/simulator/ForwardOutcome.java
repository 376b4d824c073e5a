package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The result of one item of a multiple call forward request.
 *
 * @param failure null when the item succeeded
 */
record ForwardOutcome(long inventoryId, String failure) {

  ObjectNode toJson() {
    ObjectNode json = Json.object().put("inventory_id", inventoryId);
    if (failure == null) {
      json.put("status", "success");
    } else {
      json.put("status", "failed").put("message", failure);
    }
    return json;
  }
}
