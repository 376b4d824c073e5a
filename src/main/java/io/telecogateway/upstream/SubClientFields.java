package io.telecogateway.upstream;

/**
 * The fields of a sub client to create, or to replace whole on update.
 *
 * @param username null lets Teleco derive one from the email
 * @param enabled null lets Teleco use its default
 */
public record SubClientFields(String name, String email, String username, Boolean enabled) {}
