package io.telecogateway.api.model;

import io.telecogateway.api.PositiveInteger;
import io.telecogateway.api.RequestValues;
import io.telecogateway.upstream.NewCarrier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/carriers}. The password and api token are passed to the provider and
 * never returned or logged; {@link #toString()} leaves them out.
 */
public record NewCarrierRequest(
    @NotNull(message = "is required") @PositiveInteger String providerId,
    @NotBlank(message = "is required")
        @Size(max = 255, message = "must be at most {max} characters")
        String accountName,
    @Size(max = 255, message = "must be at most {max} characters") String username,
    String password,
    String apiToken,
    Boolean enabled,
    Boolean primary) {

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
