package io.telecogateway.cache;

import io.smallrye.mutiny.Uni;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Lets an operator empty the reference-data cache: {@code DELETE /admin/cache} for every kind,
 * {@code DELETE /admin/cache/{kind}} for one ({@code states}, {@code rate-centers} or {@code
 * providers}). Each call needs {@code Authorization: Bearer <operator key>} with a key listed in
 * {@code gateway.admin.key-hashes}, and responds 204. The endpoints are left out of the {@code /v1}
 * OpenAPI document.
 */
@Path("/admin/cache")
public class CacheAdminResource {

  private static final Logger LOG = Logger.getLogger(CacheAdminResource.class);
  private static final String CHALLENGE = "Bearer realm=\"teleco-gateway-admin\"";

  private final ReferenceDataCache cache;
  private final OperatorKeys keys;

  public CacheAdminResource(ReferenceDataCache cache, OperatorKeys keys) {
    this.cache = cache;
    this.keys = keys;
  }

  @DELETE
  @Operation(hidden = true)
  public Uni<RestResponse<Void>> invalidateAll(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    authorize(authorization);
    LOG.info("An operator invalidated every reference-data cache");
    return Uni.combine()
        .all()
        .unis(Arrays.stream(CacheKind.values()).map(cache::invalidate).toList())
        .discardItems()
        .map(ignored -> RestResponse.noContent());
  }

  @DELETE
  @Path("{kind}")
  @Operation(hidden = true)
  public Uni<RestResponse<Void>> invalidate(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("kind") String kind) {
    authorize(authorization);
    CacheKind cacheKind =
        CacheKind.byId(kind)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.NOT_FOUND,
                        "There is no cache named '"
                            + kind
                            + "'; the caches are "
                            + Arrays.stream(CacheKind.values())
                                .map(CacheKind::id)
                                .collect(Collectors.joining(", "))
                            + "."));
    LOG.infof("An operator invalidated the %s cache", cacheKind.id());
    return cache.invalidate(cacheKind).map(ignored -> RestResponse.noContent());
  }

  /** Throws the 404 of a disabled endpoint, or the 401 of a missing or unknown operator key. */
  private void authorize(String authorization) {
    if (!keys.enabled()) {
      throw new ApiException(
          ErrorCode.NOT_FOUND,
          "The /admin endpoints are off; an operator turns them on with gateway.admin.key-hashes.");
    }
    if (!keys.accepts(authorization)) {
      LOG.info("Rejected an /admin call without a valid operator key");
      throw new ApiException(
          ErrorCode.UNAUTHORIZED,
          401,
          "A valid operator key is required: send Authorization: Bearer <operator key>.",
          List.of(),
          Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }
  }
}
