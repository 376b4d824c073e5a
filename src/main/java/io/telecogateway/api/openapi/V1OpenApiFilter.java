package io.telecogateway.api.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.telecogateway.ratelimit.RateLimitFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the description of every {@code /v1} operation with what the gateway's filters add to
 * it, so that the resources declare only their own parameters, body and success response:
 *
 * <ul>
 *   <li>the {@code X-Request-Id} request header, and the response headers: {@code X-Request-Id} on
 *       every response, the rate-limit headers on every response after authentication, and the
 *       cache headers on operations marked with {@link #CACHED_EXTENSION};
 *   <li>the problem-details responses each operation can return ({@link ErrorResponses});
 *   <li>{@code Idempotency-Key}, its 409 and 422, and {@code Idempotency-Replayed} on every {@code
 *       POST};
 *   <li>the examples of {@link Examples}.
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class V1OpenApiFilter implements OASFilter {

  /**
   * Marks an operation whose 200 response comes from the reference-data cache, which adds {@code
   * Cache-Control}, {@code Age} and {@code Cache-Status}. The filter removes the marker.
   */
  public static final String CACHED_EXTENSION = "x-cached";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    Components components = openApi.getComponents();
    HeaderDocs.register(components);
    RequestSchemas.register(components);
    ErrorResponses.register(components);

    Examples examples = new Examples();
    for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/v1/")) {
        continue;
      }
      path.getValue()
          .getOperations()
          .forEach((method, operation) -> document(path.getKey(), method, operation, examples));
    }
    examples.checkAllApplied();
  }

  private static void document(
      String path, PathItem.HttpMethod method, Operation operation, Examples examples) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    boolean post = method == PathItem.HttpMethod.POST;
    operation.addParameter(HeaderDocs.requestIdParameter());
    if (post) {
      operation.addParameter(HeaderDocs.idempotencyKeyParameter());
    }
    addSuccessHeaders(operation, post);
    addErrorResponses(path, post, operation);
    examples.apply(operation);
  }

  /** Adds the response headers of the filters to the operation's own 2xx responses. */
  private static void addSuccessHeaders(Operation operation, boolean post) {
    boolean cached =
        operation.getExtensions() != null
            && operation.getExtensions().containsKey(CACHED_EXTENSION);
    operation.removeExtension(CACHED_EXTENSION);
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (!status.startsWith("2")) {
                return;
              }
              response.addHeader(HeaderDocs.REQUEST_ID, HeaderDocs.ref(HeaderDocs.REQUEST_ID));
              HeaderDocs.RATE_LIMIT_HEADERS.forEach(
                  name -> response.addHeader(name, HeaderDocs.ref(name)));
              if (cached) {
                HeaderDocs.CACHE_HEADERS.forEach(
                    name -> response.addHeader(name, HeaderDocs.ref(name)));
              }
              if (post) {
                response.addHeader(
                    HeaderDocs.IDEMPOTENCY_REPLAYED,
                    HeaderDocs.ref(HeaderDocs.IDEMPOTENCY_REPLAYED));
              }
            });
  }

  /**
   * Adds the problem responses the operation can return: those of every call, 404 with an id in the
   * path, 415 with a body, 409 and 422 on {@code POST} for {@code Idempotency-Key}, and 413 on the
   * batch calls, whose cost in rate-limit tokens can exceed the burst.
   */
  private static void addErrorResponses(String path, boolean post, Operation operation) {
    APIResponses responses = operation.getResponses();
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean pathParameter = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    boolean body = operation.getRequestBody() != null;

    add(responses, ErrorResponses.INVALID_REQUEST);
    add(responses, ErrorResponses.UNAUTHORIZED);
    if (pathParameter) {
      add(responses, ErrorResponses.NOT_FOUND);
    }
    add(responses, ErrorResponses.NOT_ACCEPTABLE);
    if (post) {
      add(responses, ErrorResponses.IDEMPOTENCY_KEY_IN_USE);
    }
    if (post && RateLimitFilter.BATCH_PATHS.contains(path)) {
      add(responses, ErrorResponses.PAYLOAD_TOO_LARGE);
    }
    if (body) {
      add(responses, ErrorResponses.UNSUPPORTED_MEDIA_TYPE);
    }
    if (post) {
      add(responses, ErrorResponses.IDEMPOTENCY_KEY_REUSED);
    }
    add(responses, ErrorResponses.RATE_LIMITED);
    add(responses, ErrorResponses.UPSTREAM_REJECTED);
    add(responses, ErrorResponses.INTERNAL_ERROR);
    add(responses, ErrorResponses.UPSTREAM_UNAVAILABLE);
    add(responses, ErrorResponses.UPSTREAM_BUSY);
    add(responses, ErrorResponses.UPSTREAM_TIMEOUT);
  }

  /**
   * Adds the shared response, or replaces one without content, such as the bare 400 that Quarkus
   * adds to operations with a validated body.
   */
  private static void add(APIResponses responses, ErrorResponses error) {
    APIResponse existing = responses.getAPIResponse(error.status());
    if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
      responses.addAPIResponse(error.status(), error.ref());
    }
  }
}
