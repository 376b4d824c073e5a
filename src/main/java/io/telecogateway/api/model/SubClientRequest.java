package io.telecogateway.api.model;

import io.telecogateway.upstream.SubClientFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/sub-clients} and {@code PUT /v1/sub-clients/{id}}. A PUT replaces the
 * whole record, so it has the same required fields as a creation.
 *
 * @param username optional: the provider derives one from the email when it is absent
 * @param enabled optional: the provider enables a new sub client by default
 */
public record SubClientRequest(
    @NotBlank(message = "is required")
        @Size(max = 255, message = "must be at most {max} characters")
        String name,
    @NotBlank(message = "is required")
        @Email
        @Size(max = 255, message = "must be at most {max} characters")
        String email,
    @Size(min = 1, max = 255, message = "must be 1 to {max} characters") String username,
    Boolean enabled) {

  public SubClientFields toUpstream() {
    return new SubClientFields(name.strip(), email.strip(), username, enabled);
  }
}
