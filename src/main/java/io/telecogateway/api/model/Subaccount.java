package io.telecogateway.api.model;

/** A subaccount of the Teleco account, which numbers can be routed to. */
public record Subaccount(String id, String name) {}
