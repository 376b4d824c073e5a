package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A sub account that routed numbers are assigned to. The seed data fixes them. */
record SubAccount(long id, String name) {

  ObjectNode toJson() {
    return Json.object().put("id", id).put("name", name);
  }
}
