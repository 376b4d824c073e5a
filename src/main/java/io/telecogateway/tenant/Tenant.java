package io.telecogateway.tenant;

/**
 * A caller of the gateway, and the Teleco account its calls use. Several tenants may share one
 * account.
 */
public record Tenant(String name, TelecoAccount account) {}
