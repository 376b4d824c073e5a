package io.telecogateway.upstream;

import java.util.List;

/** Teleco's answer to a route request. */
public record RouteResult(List<NumberStatus> numbers) {}
