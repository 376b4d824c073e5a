package io.telecogateway.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem-details responses of every {@code /v1} operation to the OpenAPI document, so
 * that resources declare only their success responses: 401, 502 and 504 on every operation, 400 on
 * those that take parameters or a body, and 404 on those with a path parameter. The responses refer
 * to the shared responses declared on {@link GatewayApplication}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiErrorResponses implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/v1/")) {
                item.getOperations().values().forEach(OpenApiErrorResponses::addErrorResponses);
              }
            });
  }

  private static void addErrorResponses(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    if (!parameters.isEmpty() || operation.getRequestBody() != null) {
      responses.addAPIResponse("400", reference(GatewayApplication.INVALID_REQUEST));
    }
    responses.addAPIResponse("401", reference(GatewayApplication.UNAUTHORIZED));
    if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
      responses.addAPIResponse("404", reference(GatewayApplication.NOT_FOUND));
    }
    responses.addAPIResponse("502", reference(GatewayApplication.UPSTREAM_FAILED));
    responses.addAPIResponse("504", reference(GatewayApplication.UPSTREAM_FAILED));
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse reference(
      String name) {
    return OASFactory.createAPIResponse().ref(name);
  }
}
