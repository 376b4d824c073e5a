package io.telecogateway.idempotency;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The content of a store under one key: the claim token of the request that owns it, that request's
 * fingerprint, and its response once stored.
 *
 * @param response null while the owning request is still running
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record IdempotencyRecord(String token, String fingerprint, StoredResponse response) {

  @JsonIgnore
  public boolean inFlight() {
    return response == null;
  }
}
