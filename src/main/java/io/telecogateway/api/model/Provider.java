package io.telecogateway.api.model;

/** A number provider, such as a carrier that numbers are bought from. */
public record Provider(String id, String name) {}
