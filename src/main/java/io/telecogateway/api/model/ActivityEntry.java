package io.telecogateway.api.model;

/**
 * One entry of the account's activity log.
 *
 * @param createdAt ISO-8601 UTC
 */
public record ActivityEntry(String id, String description, String createdAt) {}
