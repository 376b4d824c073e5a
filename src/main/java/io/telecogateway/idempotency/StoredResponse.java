package io.telecogateway.idempotency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The response to a keyed request, as replayed for repeats: status, serialized body, and the
 * headers that describe the result.
 *
 * @param contentType the body's media type, null when the response has no body
 * @param headers the replayed headers by name (see {@link StoredResponses#REPLAYED_HEADERS})
 * @param body the serialized body, empty when the response has none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record StoredResponse(
    int status, String contentType, Map<String, List<String>> headers, byte[] body) {

  public StoredResponse {
    headers = Map.copyOf(headers);
  }
}
