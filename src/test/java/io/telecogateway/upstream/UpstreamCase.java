package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.smallrye.mutiny.Uni;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoLogin;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Teleco call as the fault-tolerance tests send it: the request WireMock sees, the {@code data}
 * of a successful response, and how the client sends it.
 *
 * @param write whether a timeout or a lost connection makes the outcome unknown
 * @param hint a part of the check hint that an unknown outcome carries; empty for reads
 */
record UpstreamCase(
    String name,
    RequestMethod method,
    String url,
    int successStatus,
    String successData,
    boolean write,
    String hint,
    Sender sender) {

  /** Sends the call with the client or, for the login, with the login bean. */
  @FunctionalInterface
  interface Sender {
    Uni<?> send(TelecoClient client, TelecoLogin login, TelecoAccount account);
  }

  static final String INVENTORY_ITEM = TelecoWireFormatTest.INVENTORY_ITEM;
  static final String SUB_CLIENT = TelecoWireFormatTest.SUB_CLIENT;
  static final String FORWARD_OUTCOMES =
      "[{\"inventory_id\":\"101\",\"status\":\"success\",\"message\":\"Done\"}]";

  static final List<CallForwardTarget> FORWARDS =
      List.of(new CallForwardTarget(101, "2055550123", "15555551212"));
  static final List<CallForwardTarget> REMOVALS =
      List.of(new CallForwardTarget(101, "2055550123", null));

  static Stream<UpstreamCase> reads() {
    return Stream.of(
        read(
            "list states",
            RequestMethod.GET,
            "/api/states/available",
            "[{\"state_id\":\"AL\",\"name\":\"Alabama\"}]",
            (client, login, account) -> client.listStates(account)),
        read(
            "search numbers",
            RequestMethod.POST,
            "/api/providers/1/search",
            "[]",
            (client, login, account) ->
                client.searchNumbers(
                    account, 1, new SearchCriteria("local_did", "205", null, null))),
        read(
            "login",
            RequestMethod.POST,
            "/api/login",
            "[{\"id\":1,\"username\":\"beta-user\",\"api_key\":\"key-1\"}]",
            (client, login, account) -> login.login("beta-user", "beta-pässword")));
  }

  static Stream<UpstreamCase> idempotentWrites() {
    return Stream.of(
        write(
            "set call forward",
            RequestMethod.POST,
            "/api/inventories/101/call_forward",
            INVENTORY_ITEM,
            "GET /v1/numbers/{id}",
            (client, login, account) -> client.setCallForward(account, 101, "15555551212")),
        write(
            "set call forwards",
            RequestMethod.POST,
            "/api/inventories/multiple_call_forward",
            FORWARD_OUTCOMES,
            "GET /v1/numbers/{id}",
            (client, login, account) -> client.setCallForwards(account, FORWARDS)),
        write(
            "remove call forward",
            RequestMethod.DELETE,
            "/api/inventories/101/remove_call_forward.json",
            INVENTORY_ITEM,
            "GET /v1/numbers/{id}",
            (client, login, account) -> client.removeCallForward(account, 101)),
        write(
            "remove call forwards",
            RequestMethod.POST,
            "/api/inventories/multiple_call_forward_removal",
            FORWARD_OUTCOMES,
            "GET /v1/numbers/{id}",
            (client, login, account) -> client.removeCallForwards(account, REMOVALS)),
        write(
            "update sub-client",
            RequestMethod.PUT,
            "/api/sub_clients/5",
            SUB_CLIENT,
            "GET /v1/sub-clients/{id}",
            (client, login, account) ->
                client.updateSubClient(
                    account,
                    5,
                    new SubClientFields("Acme support", "support@acme.test", null, null))),
        write(
            "delete sub-client",
            RequestMethod.DELETE,
            "/api/sub_clients/5",
            "null",
            "GET /v1/sub-clients/{id}",
            (client, login, account) -> client.deleteSubClient(account, 5)));
  }

  static Stream<UpstreamCase> nonIdempotentWrites() {
    return Stream.of(
        write(
            "order",
            RequestMethod.POST,
            "/api/orders",
            "{\"order_id\":\"77\",\"numbers\":[{\"did_number\":\"2055550123\",\"status\":\"ordered\"}]}",
            "GET /v1/numbers",
            (client, login, account) ->
                client.order(account, List.of(new OrderLine("2055550123", 1, 1121, "voice", 1)))),
        write(
            "route",
            RequestMethod.POST,
            "/api/route_numbers",
            "{\"numbers\":[{\"did_number\":\"2055550123\",\"status\":\"routed\"}]}",
            "GET /v1/numbers",
            (client, login, account) ->
                client.route(account, List.of(new RouteLine("2055550123", 1, 4, 5)))),
        write(
            "create carrier",
            RequestMethod.POST,
            "/api/carriers",
            "{\"id\":7,\"account_name\":\"Backup trunk\"}",
            "GET /v1/carriers",
            (client, login, account) ->
                client.createCarrier(
                    account, new NewCarrier(1, "Backup trunk", null, null, null, true, false))),
        write(
            "create sub-client",
            RequestMethod.POST,
            "/api/sub_clients",
            SUB_CLIENT,
            "GET /v1/sub-clients",
            (client, login, account) ->
                client.createSubClient(
                    account,
                    new SubClientFields("Acme support", "support@acme.test", null, null))));
  }

  /** Reads, the login and idempotent writes: every call that upstream faults retry. */
  static Stream<UpstreamCase> repeatableCalls() {
    return Stream.concat(reads(), idempotentWrites());
  }

  private static UpstreamCase read(
      String name, RequestMethod method, String url, String data, Sender sender) {
    return new UpstreamCase(name, method, url, 200, data, false, "", sender);
  }

  private static UpstreamCase write(
      String name, RequestMethod method, String url, String data, String hint, Sender sender) {
    int status = method == RequestMethod.POST ? 201 : 200;
    return new UpstreamCase(name, method, url, status, data, true, hint, sender);
  }

  boolean isLogin() {
    return url.equals("/api/login");
  }

  /** Returns the timeout that applies to one attempt of this call, in milliseconds. */
  int timeoutMillis() {
    if (isLogin()) {
      return FaultToleranceProfile.LOGIN_TIMEOUT_MILLIS;
    }
    return write
        ? FaultToleranceProfile.WRITE_TIMEOUT_MILLIS
        : FaultToleranceProfile.READ_TIMEOUT_MILLIS;
  }

  MappingBuilder stub() {
    return request(method.getName(), urlEqualTo(url));
  }

  RequestPatternBuilder requested() {
    return RequestPatternBuilder.newRequestPattern(method, urlEqualTo(url));
  }

  Uni<?> send(TelecoClient client, TelecoLogin login, TelecoAccount account) {
    return sender.send(client, login, account);
  }

  @Override
  public String toString() {
    return name;
  }
}
