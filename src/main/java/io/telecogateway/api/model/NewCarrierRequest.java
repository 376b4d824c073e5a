package io.telecogateway.api.model;

import io.telecogateway.api.PositiveInteger;
import io.telecogateway.api.RequestValues;
import io.telecogateway.api.openapi.RequestSchemas;
import io.telecogateway.upstream.NewCarrier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /v1/carriers}. The password and api token are passed to the provider and
 * never returned or logged; {@link #toString()} leaves them out.
 */
@Schema(description = "A new carrier account")
public record NewCarrierRequest(
    @Schema(
            ref = RequestSchemas.ID,
            description = "The provider of the carrier, as listProviders shows it",
            required = true)
        @NotNull(message = "is required")
        @PositiveInteger
        String providerId,
    @Schema(description = "The account's name, not blank", examples = "Backup trunk")
        @NotBlank(message = "is required")
        @Size(max = 255, message = "must be at most {max} characters")
        String accountName,
    @Schema(description = "The username of the carrier account", examples = "backup")
        @Size(max = 255, message = "must be at most {max} characters")
        String username,
    @Schema(
            description = "The password of the carrier account; passed to Teleco, never returned",
            writeOnly = true)
        String password,
    @Schema(
            description = "The api token of the carrier account; passed to Teleco, never returned",
            writeOnly = true)
        String apiToken,
    @Schema(description = "Whether numbers can be routed to the account") Boolean enabled,
    @Schema(description = "Whether this becomes the account's primary carrier") Boolean primary) {

  public NewCarrier toUpstream() {
    return new NewCarrier(
        RequestValues.id("providerId", providerId),
        accountName.strip(),
        username,
        password,
        apiToken,
        enabled,
        primary);
  }

  @Override
  public String toString() {
    return "NewCarrierRequest[providerId=" + providerId + ", accountName=" + accountName + "]";
  }
}
