package io.telecogateway.tenant;

import jakarta.enterprise.context.RequestScoped;

/** The tenant the current request authenticated as, set by {@link CallerAuthenticationFilter}. */
@RequestScoped
public class CurrentTenant {

  private Tenant tenant;

  /**
   * Returns the authenticated tenant; only {@code /v1} requests that passed authentication have
   * one.
   */
  public Tenant get() {
    if (tenant == null) {
      throw new IllegalStateException("No tenant was authenticated for this request");
    }
    return tenant;
  }

  void set(Tenant tenant) {
    this.tenant = tenant;
  }
}
