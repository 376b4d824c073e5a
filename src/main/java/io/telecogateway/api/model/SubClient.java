package io.telecogateway.api.model;

/** A sub client of the Teleco account. */
public record SubClient(String id, String name, String email, String username, Boolean enabled) {}
