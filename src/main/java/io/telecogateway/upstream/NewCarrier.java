package io.telecogateway.upstream;

/**
 * A carrier account to create. {@link #toString()} leaves out the password and api token.
 *
 * @param password the carrier account's password, or null
 * @param apiToken the carrier account's api token, or null
 */
public record NewCarrier(
    long providerId,
    String accountName,
    String username,
    String password,
    String apiToken,
    Boolean enabled,
    Boolean primary) {

  @Override
  public String toString() {
    return "NewCarrier[providerId=" + providerId + ", accountName=" + accountName + "]";
  }
}
