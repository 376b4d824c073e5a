package io.telecogateway.api.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response to a route request. */
@Schema(description = "The response to a route request")
public record RouteResponse(
    @Schema(description = "Teleco's outcome for each routed number") List<NumberOutcome> routes) {}
