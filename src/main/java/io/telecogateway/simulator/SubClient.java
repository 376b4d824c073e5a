package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A sub client login of an account. */
record SubClient(long id, String name, String email, String username, boolean enabled) {

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("name", name);
    json.put("email", email);
    json.put("username", username);
    json.put("is_enable", enabled);
    return json;
  }
}
