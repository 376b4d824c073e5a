package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A pending fault for the next {@code remaining} calls that match its method and path.
 *
 * @param method null matches every method
 * @param path an exact request path, an exact path template such as {@code /api/inventories/{id}},
 *     or a prefix when it ends with {@code *}
 * @param delayMs time before the response is sent, or before the connection is closed for {@code
 *     reset}
 */
record Fault(long id, String method, String path, FaultKind kind, int remaining, long delayMs) {

  boolean matches(String requestMethod, String requestPath, String template) {
    if (method != null && !method.equals(requestMethod)) {
      return false;
    }
    if (path.endsWith("*")) {
      return requestPath.startsWith(path.substring(0, path.length() - 1));
    }
    return path.equals(requestPath) || path.equals(template);
  }

  Fault consumeOne() {
    return new Fault(id, method, path, kind, remaining - 1, delayMs);
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("method", method);
    json.put("path", path);
    json.put("kind", kind.wireName());
    json.put("remaining", remaining);
    json.put("delayMs", delayMs);
    return json;
  }
}
