package io.telecogateway.api.model;

import io.telecogateway.upstream.SubClientFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /v1/sub-clients} and {@code PUT /v1/sub-clients/{id}}. A PUT replaces the
 * whole record, so it has the same required fields as a creation.
 *
 * @param username optional: the provider derives one from the email when it is absent
 * @param enabled optional: the provider enables a new sub client by default
 */
@Schema(description = "A sub client's fields; a replacement sends them all again")
public record SubClientRequest(
    @Schema(description = "The sub client's name, not blank", examples = "Acme support")
        @NotBlank(message = "is required")
        @Size(max = 255, message = "must be at most {max} characters")
        String name,
    @Schema(
            description = "The sub client's email address",
            format = "email",
            examples = "support@acme.example")
        @NotBlank(message = "is required")
        @Email
        @Size(max = 255, message = "must be at most {max} characters")
        String email,
    @Schema(
            description = "The username at Teleco; when absent, Teleco derives one from the email",
            examples = "acme-support")
        @Size(min = 1, max = 255, message = "must be 1 to {max} characters")
        String username,
    @Schema(description = "Whether the sub client is enabled; Teleco enables a new one by default")
        Boolean enabled) {

  public SubClientFields toUpstream() {
    return new SubClientFields(name.strip(), email.strip(), username, enabled);
  }
}
