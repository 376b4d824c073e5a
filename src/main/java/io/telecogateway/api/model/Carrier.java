package io.telecogateway.api.model;

/** A carrier account that numbers can be routed to. */
public record Carrier(
    String id, String accountName, String provider, Boolean enabled, Boolean primary) {}
