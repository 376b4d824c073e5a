package io.telecogateway.api.model;

import io.telecogateway.api.NanpPhoneNumber;
import io.telecogateway.api.PositiveInteger;
import io.telecogateway.api.RequestValues;
import io.telecogateway.upstream.RouteLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/routes}: numbers of the inventory to route to a carrier. */
public record RouteRequest(
    @NotEmpty(message = "must list at least one route")
        @Size(max = RouteRequest.MAX_ROUTES, message = "must list at most {max} routes")
        List<@NotNull(message = "is required") @Valid Line> routes) {

  /**
   * The largest number of routes in one request. NOTE: the provider documents no limit; this one
   * keeps a single provider call short.
   */
  public static final int MAX_ROUTES = 100;

  /** One number and where to route it. */
  @Schema(name = "RouteLine")
  public record Line(
      @NotNull(message = "is required") @NanpPhoneNumber String number,
      @NotNull(message = "is required") @PositiveInteger String providerId,
      @NotNull(message = "is required") @PositiveInteger String carrierId,
      @NotNull(message = "is required") @PositiveInteger String subaccountId) {}

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
