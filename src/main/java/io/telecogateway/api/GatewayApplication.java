package io.telecogateway.api;

import io.telecogateway.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application. It adds no path and no class list: it exists to carry the OpenAPI
 * description that {@code /q/openapi} serves, including the bearer scheme every {@code /v1} call
 * uses. {@link io.telecogateway.api.openapi.V1OpenApiFilter} adds what the gateway's filters do to
 * every operation.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "teleco-gateway",
            version = "1",
            description =
                "The Teleco.IO phone-number API, normalized: E.164 numbers, ISO-8601 UTC times,"
                    + " camelCase JSON and application/problem+json errors. Ids are strings in"
                    + " responses, and request bodies accept them as strings or JSON numbers."),
    security = @SecurityRequirement(name = GatewayApplication.CALLER_KEY),
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(
    securitySchemeName = GatewayApplication.CALLER_KEY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The caller key issued for the tenant: Authorization: Bearer <caller key>.")
public class GatewayApplication extends Application {

  /** The name of the bearer security scheme in the OpenAPI document. */
  public static final String CALLER_KEY = "callerKey";
}
