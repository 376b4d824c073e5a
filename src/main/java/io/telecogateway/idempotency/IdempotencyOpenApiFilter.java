package io.telecogateway.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents {@code Idempotency-Key} on every {@code POST} under {@code /v1} in the generated
 * OpenAPI document, with the 409 and 422 responses that {@link IdempotencyFilter} adds, because the
 * filter applies to those operations without any annotation on the resources.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApiFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
      Operation post = path.getValue().getPOST();
      if (post != null && (path.getKey().equals("/v1") || path.getKey().startsWith("/v1/"))) {
        document(post);
      }
    }
  }

  private static void document(Operation post) {
    boolean declared =
        post.getParameters() != null
            && post.getParameters().stream()
                .anyMatch(p -> IdempotencyKeyHeader.NAME.equalsIgnoreCase(p.getName()));
    if (!declared) {
      post.addParameter(keyParameter());
    }
    APIResponses responses = post.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      post.setResponses(responses);
    }
    if (!responses.hasAPIResponse("409")) {
      responses.addAPIResponse(
          "409",
          OASFactory.createAPIResponse()
              .description(
                  "idempotency_key_in_use: a request with this Idempotency-Key is still running;"
                      + " retry after Retry-After seconds"));
    }
    if (!responses.hasAPIResponse("422")) {
      responses.addAPIResponse(
          "422",
          OASFactory.createAPIResponse()
              .description(
                  "idempotency_key_reused: this Idempotency-Key was used for a different request"));
    }
  }

  private static Parameter keyParameter() {
    return OASFactory.createParameter()
        .name(IdempotencyKeyHeader.NAME)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "Makes a retry safe: for 24 hours by default, a repeat with the same key and body"
                + " returns the first response again, marked Idempotency-Replayed: true, without"
                + " running the request. Scoped to the tenant.")
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .minLength(1)
                .maxLength(IdempotencyKeyHeader.MAX_LENGTH)
                .pattern("^[\\x21-\\x7E]+$"));
  }
}
