package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import io.telecogateway.api.PositiveInteger;
import io.telecogateway.api.RequestValues;
import io.telecogateway.api.openapi.RequestSchemas;
import io.telecogateway.upstream.RouteLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/routes}: numbers of the inventory to route to a carrier. */
@Schema(description = "Numbers of the inventory and where to route them")
public record RouteRequest(
    @Schema(description = "1 to 100 routes")
        @NotEmpty(message = "must list at least one route")
        @Size(max = RouteRequest.MAX_ROUTES, message = "must list at most {max} routes")
        List<@NotNull(message = "is required") @Valid Line> routes) {

  /**
   * The largest number of routes in one request. NOTE: the provider documents no limit; this one
   * keeps a single provider call short.
   */
  public static final int MAX_ROUTES = 100;

  /** One number and where to route it. */
  @Schema(name = "RouteLine", description = "One number and where to route it")
  public record Line(
      @Schema(
              ref = RequestSchemas.PHONE_NUMBER,
              description = "A number of the inventory",
              required = true)
          @NotNull(message = "is required")
          @NanpPhoneNumber
          String number,
      @Schema(
              ref = RequestSchemas.ID,
              description = "The provider the number was bought from",
              required = true)
          @NotNull(message = "is required")
          @PositiveInteger
          String providerId,
      @Schema(
              ref = RequestSchemas.ID,
              description = "The carrier account, as listCarriers shows it",
              required = true)
          @NotNull(message = "is required")
          @PositiveInteger
          String carrierId,
      @Schema(
              ref = RequestSchemas.ID,
              description = "The subaccount, as listSubaccounts shows it",
              required = true)
          @NotNull(message = "is required")
          @PositiveInteger
          String subaccountId) {}

  public List<RouteLine> toUpstream() {
    List<RouteLine> lines = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      Line line = routes.get(i);
      String prefix = "routes[" + i + "].";
      lines.add(
          new RouteLine(
              RequestValues.phone(prefix + "number", line.number()).tenDigits(),
              RequestValues.id(prefix + "providerId", line.providerId()),
              RequestValues.id(prefix + "carrierId", line.carrierId()),
              RequestValues.id(prefix + "subaccountId", line.subaccountId())));
    }
    return lines;
  }
}
