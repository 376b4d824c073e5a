package io.telecogateway.api.model;

import java.util.List;

/** The response to a route request. */
public record RouteResponse(List<NumberOutcome> routes) {}
