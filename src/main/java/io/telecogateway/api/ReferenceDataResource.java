package io.telecogateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.telecogateway.api.model.AvailableNumber;
import io.telecogateway.api.model.ItemList;
import io.telecogateway.api.model.Provider;
import io.telecogateway.api.model.RateCenter;
import io.telecogateway.api.model.State;
import io.telecogateway.api.openapi.V1OpenApiFilter;
import io.telecogateway.cache.CacheHeaders;
import io.telecogateway.cache.ReferenceDataCache;
import io.telecogateway.tenant.CurrentTenant;
import io.telecogateway.upstream.SearchCriteria;
import io.telecogateway.upstream.TelecoClient;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reference data for ordering: providers, states, rate centers and available numbers. */
@Path("/v1")
@Tag(name = "Reference data", description = "Providers, states, rate centers, available numbers")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

  // The patterns are anchored because OpenAPI reads a pattern as a search, while Bean Validation
  // matches it against the whole value.
  private static final String STATE_CODE = "^[A-Za-z]{2}$";
  private static final String STATE_MESSAGE = "must be a two-letter state code, such as AL";

  private final TelecoClient teleco;
  private final ReferenceDataCache cache;
  private final CurrentTenant tenant;
  private final ObjectMapper mapper;

  public ReferenceDataResource(
      TelecoClient teleco, ReferenceDataCache cache, CurrentTenant tenant, ObjectMapper mapper) {
    this.teleco = teleco;
    this.cache = cache;
    this.tenant = tenant;
    this.mapper = mapper;
  }

  @GET
  @Path("providers")
  @Operation(
      operationId = "listProviders",
      summary = "List the number providers",
      description =
          "Lists the providers that numbers are bought from. Served from the gateway's cache,"
              + " fresh for 5 minutes by default.")
  @APIResponse(responseCode = "200", description = "The providers")
  @Extension(name = V1OpenApiFilter.CACHED_EXTENSION, value = "true")
  public Uni<RestResponse<ItemList<Provider>>> providers() {
    return cache
        .providers(tenant.get().account())
        .map(
            cached ->
                CacheHeaders.ok(
                    cached.derived(items -> render(items, ModelMapper::provider)),
                    cached.status()));
  }

  @GET
  @Path("states")
  @Operation(
      operationId = "listStates",
      summary = "List the states with available numbers",
      description =
          "Lists the states in which numbers can be bought. Served from the gateway's cache,"
              + " fresh for 24 hours by default.")
  @APIResponse(responseCode = "200", description = "The states")
  @Extension(name = V1OpenApiFilter.CACHED_EXTENSION, value = "true")
  public Uni<RestResponse<ItemList<State>>> states() {
    return cache
        .states(tenant.get().account())
        .map(
            cached ->
                CacheHeaders.ok(
                    cached.derived(items -> render(items, ModelMapper::state)), cached.status()));
  }

  @GET
  @Path("states/{state}/rate-centers")
  @Operation(
      operationId = "listRateCenters",
      summary = "List the rate centers of a state",
      description =
          "Lists the rate centers of a state, to narrow a number search. Served from the"
              + " gateway's cache, fresh for 24 hours by default; al and AL share one entry.")
  @APIResponse(responseCode = "200", description = "The rate centers of the state")
  @Extension(name = V1OpenApiFilter.CACHED_EXTENSION, value = "true")
  public Uni<RestResponse<ItemList<RateCenter>>> rateCenters(
      @Parameter(description = "Two-letter state code, case-insensitive")
          @PathParam("state")
          @Pattern(regexp = STATE_CODE, message = STATE_MESSAGE)
          String state) {
    return cache
        .rateCenters(tenant.get().account(), state)
        .map(
            cached ->
                CacheHeaders.ok(
                    cached.derived(items -> render(items, ModelMapper::rateCenter)),
                    cached.status()));
  }

  @GET
  @Path("providers/{providerId}/available-numbers")
  @Operation(
      operationId = "searchAvailableNumbers",
      summary = "Search a provider's available numbers",
      description =
          "Searches the numbers a provider offers, to order them with orderNumbers. Teleco"
              + " returns at most 50 numbers, in ascending order; narrow the search with prefix,"
              + " state and rateCenter.")
  @APIResponse(responseCode = "200", description = "The matching numbers")
  public Uni<ItemList<AvailableNumber>> availableNumbers(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @PathParam("providerId")
          @PositiveInteger
          String providerId,
      @Parameter(
              description = "The kind of number",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"local", "fax", "tollfree", "international"},
                      defaultValue = "local"))
          @QueryParam("type")
          @Pattern(
              regexp = "^(local|fax|tollfree|international)$",
              message = "must be local, fax, tollfree or international")
          String type,
      @Parameter(description = "An area code (3 digits) or area code and exchange (6 digits)")
          @QueryParam("prefix")
          @Pattern(
              regexp = "^[2-9][0-9]{2}([0-9]{3})?$",
              message = "must be an area code (3 digits) or an area code and exchange (6 digits)")
          String prefix,
      @Parameter(description = "Two-letter state code, case-insensitive")
          @QueryParam("state")
          @Pattern(regexp = STATE_CODE, message = STATE_MESSAGE)
          String state,
      @Parameter(description = "A rate center of the state, as listed by the rate-centers call")
          @QueryParam("rateCenter")
          @Size(min = 1, max = 100)
          String rateCenter) {
    SearchCriteria criteria =
        new SearchCriteria(
            searchType(type),
            prefix,
            state == null ? null : state.toUpperCase(Locale.ROOT),
            rateCenter);
    return teleco
        .searchNumbers(tenant.get().account(), RequestValues.id("providerId", providerId), criteria)
        .map(numbers -> ItemList.of(numbers, ModelMapper::availableNumber));
  }

  /**
   * Renders a cached list once per cache entry (see {@link
   * io.telecogateway.cache.CachedItems#derived}), so that a hit writes stored bytes.
   */
  private <U, T> ItemList<T> render(List<U> upstream, Function<U, T> toModel) {
    return RenderedList.itemList(upstream, toModel, mapper);
  }

  /** Maps the public number type to the provider's {@code search_type}. */
  static String searchType(String type) {
    return switch (type == null ? "local" : type) {
      case "fax" -> "fax_did";
      case "tollfree" -> "tollfree_did";
      case "international" -> "international_did";
      case "local" -> "local_did";
      default -> throw new IllegalArgumentException("Unknown number type " + type);
    };
  }
}
