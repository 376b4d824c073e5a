package io.telecogateway.api;

import io.telecogateway.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application. It adds no path and no class list: it exists to carry the OpenAPI
 * description that {@code /q/openapi} serves, including the bearer scheme every {@code /v1} call
 * uses.
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
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = GatewayApplication.INVALID_REQUEST,
                  description =
                      "Invalid request (code invalid_request or invalid_phone_number); errors"
                          + " names each invalid field",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GatewayApplication.NOT_FOUND,
                  description = "No such resource at the provider (code not_found)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GatewayApplication.UNAUTHORIZED,
                  description = "Missing or unknown caller key (code unauthorized)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = GatewayApplication.UPSTREAM_FAILED,
                  description =
                      "The provider rejected the request (upstream_rejected), failed"
                          + " (upstream_unavailable) or did not respond in time (upstream_timeout,"
                          + " upstream_outcome_unknown)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
@SecurityScheme(
    securitySchemeName = GatewayApplication.CALLER_KEY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The caller key issued for the tenant: Authorization: Bearer <caller key>.")
public class GatewayApplication extends Application {

  /** The name of the bearer security scheme in the OpenAPI document. */
  public static final String CALLER_KEY = "callerKey";

  /** Names of the shared error responses, which {@link OpenApiErrorResponses} refers to. */
  public static final String INVALID_REQUEST = "InvalidRequest";

  public static final String NOT_FOUND = "NotFound";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String UPSTREAM_FAILED = "UpstreamFailed";
}
