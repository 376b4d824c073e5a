package io.telecogateway.simulator;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Serves the 22 provider calls under {@code /api}. For each call it counts the call, applies a
 * pending fault, checks the path, method and Basic credentials, and runs the call's handler.
 * Everything runs on the event loop; a delayed response waits on a Vert.x timer.
 */
final class ApiDispatcher implements Handler<RoutingContext> {

  private static final Logger LOG = Logger.getLogger(ApiDispatcher.class);

  private final Simulator simulator;
  private final List<ApiRoute> routes = routes();

  ApiDispatcher(Simulator simulator) {
    this.simulator = simulator;
  }

  /** Builds the routes of the provider's calls, numbered as in its documentation. */
  private static List<ApiRoute> routes() {
    return List.of(
        ApiRoute.unauthenticated("POST", "/api/login", AccountCalls::login), // 1
        ApiRoute.of("GET", "/api/carriers", AccountCalls::listCarriers), // 2
        ApiRoute.of("POST", "/api/carriers", AccountCalls::createCarrier), // 3
        ApiRoute.withQuery(
            "GET",
            "/api/inventories",
            Set.of("page", "per_page"),
            InventoryCalls::listInventory), // 4
        ApiRoute.of("GET", "/api/activities_logs", AccountCalls::listActivity), // 5
        ApiRoute.of("GET", "/api/states/available", NumberCalls::listStates), // 6
        ApiRoute.of(
            "GET", "/api/states/{state_id}/rate_centers", NumberCalls::listRateCenters), // 7
        ApiRoute.of("POST", "/api/providers/{provider_id}/search", NumberCalls::search), // 8
        ApiRoute.of("GET", "/api/providers/primary/providers", NumberCalls::listProviders), // 9
        ApiRoute.of("POST", "/api/orders", NumberCalls::order), // 10
        ApiRoute.of("POST", "/api/route_numbers", InventoryCalls::routeNumbers), // 11
        ApiRoute.of("GET", "/api/sub_accounts", AccountCalls::listSubAccounts), // 12
        ApiRoute.of(
            "POST",
            "/api/inventories/{inventory_id}/call_forward",
            InventoryCalls::setCallForward), // 13
        ApiRoute.of(
            "POST",
            "/api/inventories/multiple_call_forward",
            InventoryCalls::setMultipleCallForwards), // 14
        ApiRoute.of("GET", "/api/inventories/{id}", InventoryCalls::showInventory), // 15
        ApiRoute.of(
            "DELETE",
            "/api/inventories/{inventory_id}/remove_call_forward.json",
            InventoryCalls::removeCallForward), // 16
        ApiRoute.of(
            "POST",
            "/api/inventories/multiple_call_forward_removal",
            InventoryCalls::removeMultipleCallForwards), // 17
        ApiRoute.of("GET", "/api/sub_clients", AccountCalls::listSubClients), // 18
        ApiRoute.of("POST", "/api/sub_clients", AccountCalls::createSubClient), // 19
        ApiRoute.of("GET", "/api/sub_clients/{id}", AccountCalls::showSubClient), // 20
        ApiRoute.of("PUT", "/api/sub_clients/{id}", AccountCalls::updateSubClient), // 21
        ApiRoute.of("DELETE", "/api/sub_clients/{id}", AccountCalls::deleteSubClient)); // 22
  }

  @Override
  public void handle(RoutingContext context) {
    String method = context.request().method().name();
    String path = context.request().path();
    Match match = match(method, path);
    String template = match.template();
    simulator.calls().record(method + " " + (template != null ? template : path));

    Optional<Fault> fault = simulator.faults().take(method, path, template);
    if (fault.isPresent()) {
      LOG.infof("Applying fault %s to %s %s", fault.get().kind().wireName(), method, path);
    }
    long delayMs = fault.map(Fault::delayMs).orElse(0L);
    FaultKind kind = fault.map(Fault::kind).orElse(null);
    if (kind == FaultKind.RESET) {
      later(context, delayMs, () -> context.request().connection().close());
      return;
    }
    ApiResponse response =
        kind != null && kind != FaultKind.SLOW ? kind.response() : process(context, match);
    later(context, delayMs, () -> send(context, response));
  }

  /**
   * Finds the route for the path and method. When only the method differs the match carries the
   * template and no route, and the call gets 405.
   */
  private Match match(String method, String path) {
    Match pathOnly = null;
    for (ApiRoute route : routes) {
      Map<String, String> params = route.match(path);
      if (params == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match(route, route.template(), params);
      }
      if (pathOnly == null) {
        pathOnly = new Match(null, route.template(), Map.of());
      }
    }
    return pathOnly != null ? pathOnly : new Match(null, null, Map.of());
  }

  private ApiResponse process(RoutingContext context, Match match) {
    String method = context.request().method().name();
    String path = context.request().path();
    if (match.template() == null) {
      String message = "No route matches " + method + " " + path;
      logRejection(method, path, 404, message);
      return ApiResponse.notFound(message);
    }
    if (match.route() == null) {
      String message =
          method + " is not allowed on " + match.template() + ", " + allowedMethods(match);
      logRejection(method, path, 405, message);
      return ApiResponse.methodNotAllowed(message);
    }

    ApiRoute route = match.route();
    SimulatorState state = simulator.state();
    try {
      Account account = route.authenticated() ? authenticate(context, state) : null;
      rejectUnknownQueryParams(context, route);
      return route.handler().handle(new ApiCall(context, state, account, match.params()));
    } catch (UnauthorizedException e) {
      logRejection(method, path, 401, e.getMessage());
      return ApiResponse.unauthorized(e.getMessage());
    } catch (InvalidRequestException e) {
      logRejection(method, path, 400, e.getMessage());
      return ApiResponse.invalidRequest(e.errors());
    } catch (NotFoundException e) {
      logRejection(method, path, 404, e.getMessage());
      return ApiResponse.notFound(e.getMessage());
    } catch (RuntimeException e) {
      LOG.errorf(e, "Failed to handle %s %s", method, path);
      return ApiResponse.error(
          500,
          500,
          "Internal Server Error",
          List.of("The simulator failed to handle the request; its log has the details"));
    }
  }

  /**
   * Logs a rejected call, because a rejection usually means that the gateway misread the wire
   * format. The messages name fields and values but never a password, key or token.
   */
  private static void logRejection(String method, String path, int status, String message) {
    LOG.infof("Rejected %s %s with status %d: %s", method, path, status, message);
  }

  private String allowedMethods(Match match) {
    List<String> allowed =
        routes.stream()
            .filter(route -> route.template().equals(match.template()))
            .map(ApiRoute::method)
            .toList();
    return "which allows " + String.join(", ", allowed);
  }

  private static Account authenticate(RoutingContext context, SimulatorState state) {
    BasicCredentials credentials;
    try {
      credentials = BasicCredentials.parse(context.request().getHeader("Authorization"));
    } catch (BasicCredentials.MalformedException e) {
      throw new UnauthorizedException(e.getMessage());
    }
    return state
        .account(credentials.username())
        .filter(account -> account.hasApiKey(credentials.apiKey()))
        .orElseThrow(() -> new UnauthorizedException("Invalid username or api key"));
  }

  private static void rejectUnknownQueryParams(RoutingContext context, ApiRoute route) {
    List<String> unknown =
        context.queryParams().names().stream()
            .filter(name -> !route.queryParams().contains(name))
            .sorted()
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidRequestException(
          "Query parameter "
              + String.join(", ", unknown)
              + " is not accepted by "
              + route.template());
    }
  }

  private static void later(RoutingContext context, long delayMs, Runnable action) {
    if (delayMs <= 0) {
      action.run();
    } else {
      context.vertx().setTimer(delayMs, timerId -> action.run());
    }
  }

  private static void send(RoutingContext context, ApiResponse response) {
    HttpServerResponse http = context.response();
    if (http.ended() || http.closed()) {
      // The client closed the connection while a delayed response was pending.
      return;
    }
    http.setStatusCode(response.status());
    if (response.contentType() != null) {
      http.putHeader("Content-Type", response.contentType());
    }
    if (response.status() == 401) {
      http.putHeader("WWW-Authenticate", "Basic realm=\"Teleco.IO\", charset=\"UTF-8\"");
    }
    http.end(Buffer.buffer(response.body()));
  }

  /**
   * The result of matching a request.
   *
   * @param route null when no route has the request's method
   * @param template null when no route has the request's path
   */
  private record Match(ApiRoute route, String template, Map<String, String> params) {}

  /** Signals missing or wrong Basic credentials. The call gets HTTP 401. */
  private static final class UnauthorizedException extends RuntimeException {
    UnauthorizedException(String message) {
      super(message, null, false, false);
    }
  }
}
