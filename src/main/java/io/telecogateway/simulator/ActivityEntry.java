package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One line of an account's activity log, such as "Ordered 2055550123". */
record ActivityEntry(long id, String description, Instant createdAt) {

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("description", description);
    json.put("created_at", Json.timestamp(createdAt));
    return json;
  }
}
