package io.telecogateway.upstream;

import static io.telecogateway.upstream.EnvelopeDecoder.listOf;
import static io.telecogateway.upstream.EnvelopeDecoder.objectOf;

import io.smallrye.mutiny.Uni;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.tenant.TelecoCredentials;
import io.telecogateway.upstream.EnvelopeDecoder.DataReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The {@link TelecoClient} over HTTP. Each call sends the account's Basic credentials, under the
 * timeout, retries and circuit breaker of {@link UpstreamFaultTolerance}, and an account configured
 * with a password gets one re-login and one repeat of the call when Teleco rejects its api key.
 */
@ApplicationScoped
public class HttpTelecoClient implements TelecoClient {

  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");

  private static final String CARRIERS_HINT = "GET /v1/carriers lists the carriers that exist.";
  private static final String NUMBERS_HINT =
      "GET /v1/numbers lists the account's numbers with their carrier and subaccount.";
  private static final String FORWARD_HINT =
      "GET /v1/numbers/{id} shows the number's current forward in forwardTo. Setting or removing"
          + " a call forward is idempotent, so repeating the request is safe.";
  private static final String SUB_CLIENTS_HINT =
      "GET /v1/sub-clients lists the sub-clients that exist.";

  private static final TelecoCall LIST_CARRIERS = TelecoCall.read("GET", "/api/carriers");
  private static final TelecoCall CREATE_CARRIER =
      TelecoCall.write("POST", "/api/carriers", CARRIERS_HINT);
  private static final TelecoCall LIST_INVENTORY = TelecoCall.read("GET", "/api/inventories");
  private static final TelecoCall LIST_ACTIVITY_LOGS =
      TelecoCall.read("GET", "/api/activities_logs");
  private static final TelecoCall LIST_STATES = TelecoCall.read("GET", "/api/states/available");
  private static final TelecoCall LIST_RATE_CENTERS =
      TelecoCall.read("GET", "/api/states/{state_id}/rate_centers");
  private static final TelecoCall SEARCH =
      TelecoCall.read("POST", "/api/providers/{provider_id}/search");
  private static final TelecoCall LIST_PROVIDERS =
      TelecoCall.read("GET", "/api/providers/primary/providers");
  private static final TelecoCall ORDER = TelecoCall.write("POST", "/api/orders", NUMBERS_HINT);
  private static final TelecoCall ROUTE =
      TelecoCall.write("POST", "/api/route_numbers", NUMBERS_HINT);
  private static final TelecoCall LIST_SUBACCOUNTS = TelecoCall.read("GET", "/api/sub_accounts");
  // Setting or removing forwards, replacing a sub-client and deleting one are idempotent: sending
  // one again leaves the account as a single send would, so they are retried like reads. The two
  // multi calls send the same list of forwards again, so they are idempotent too. When a first
  // removal or deletion was applied but its response was lost, the repeat may be answered with a
  // rejection or a 404.
  private static final TelecoCall SET_CALL_FORWARD =
      TelecoCall.idempotentWrite(
          "POST", "/api/inventories/{inventory_id}/call_forward", FORWARD_HINT);
  private static final TelecoCall SET_CALL_FORWARDS =
      TelecoCall.idempotentWrite("POST", "/api/inventories/multiple_call_forward", FORWARD_HINT);
  private static final TelecoCall SHOW_INVENTORY =
      TelecoCall.read("GET", "/api/inventories/{inventory_id}");
  private static final TelecoCall REMOVE_CALL_FORWARD =
      TelecoCall.idempotentWrite(
          "DELETE", "/api/inventories/{inventory_id}/remove_call_forward.json", FORWARD_HINT);
  private static final TelecoCall REMOVE_CALL_FORWARDS =
      TelecoCall.idempotentWrite(
          "POST", "/api/inventories/multiple_call_forward_removal", FORWARD_HINT);
  private static final TelecoCall LIST_SUB_CLIENTS = TelecoCall.read("GET", "/api/sub_clients");
  private static final TelecoCall CREATE_SUB_CLIENT =
      TelecoCall.write("POST", "/api/sub_clients", SUB_CLIENTS_HINT);
  private static final TelecoCall SHOW_SUB_CLIENT =
      TelecoCall.read("GET", "/api/sub_clients/{sub_client_id}");
  private static final TelecoCall UPDATE_SUB_CLIENT =
      TelecoCall.idempotentWrite(
          "PUT",
          "/api/sub_clients/{sub_client_id}",
          "GET /v1/sub-clients/{id} shows the stored record. Replacing a sub-client is"
              + " idempotent, so repeating the request is safe.");
  private static final TelecoCall DELETE_SUB_CLIENT =
      TelecoCall.idempotentWrite(
          "DELETE",
          "/api/sub_clients/{sub_client_id}",
          "GET /v1/sub-clients/{id} returns 404 once the sub-client is deleted.");

  private final TelecoExchange exchange;
  private final TelecoCredentials credentials;
  private final UpstreamFaultTolerance faultTolerance;
  private final TelecoCallPermits permits;

  HttpTelecoClient(
      TelecoExchange exchange,
      TelecoCredentials credentials,
      UpstreamFaultTolerance faultTolerance,
      TelecoCallPermits permits) {
    this.exchange = exchange;
    this.credentials = credentials;
    this.faultTolerance = faultTolerance;
    this.permits = permits;
  }

  @Override
  public Uni<List<UpstreamCarrier>> listCarriers(TelecoAccount account) {
    return execute(account, LIST_CARRIERS, TelecoApi::listCarriers, listOf(UpstreamCarrier.class));
  }

  @Override
  public Uni<UpstreamCarrier> createCarrier(TelecoAccount account, NewCarrier carrier) {
    String body = TelecoRequests.carrier(carrier);
    return execute(
        account,
        CREATE_CARRIER,
        (api, auth) -> api.createCarrier(auth, body),
        objectOf(UpstreamCarrier.class));
  }

  @Override
  public Uni<InventoryPage> listInventory(TelecoAccount account, int page, int perPage) {
    if (page < 1 || perPage < 1 || perPage > 500) {
      throw new IllegalArgumentException(
          "page must be at least 1 and perPage 1 to 500, got " + page + " and " + perPage);
    }
    return execute(
        account,
        LIST_INVENTORY,
        (api, auth) -> api.listInventory(auth, page, perPage),
        EnvelopeDecoder.inventoryPage());
  }

  @Override
  public Uni<List<ActivityLogEntry>> listActivityLogs(TelecoAccount account) {
    return execute(
        account, LIST_ACTIVITY_LOGS, TelecoApi::listActivityLogs, listOf(ActivityLogEntry.class));
  }

  @Override
  public Uni<List<UpstreamState>> listStates(TelecoAccount account) {
    return execute(account, LIST_STATES, TelecoApi::listStates, listOf(UpstreamState.class));
  }

  @Override
  public Uni<List<UpstreamRateCenter>> listRateCenters(TelecoAccount account, String stateCode) {
    if (stateCode == null || !STATE_CODE.matcher(stateCode).matches()) {
      throw new IllegalArgumentException(
          "stateCode must be two upper-case letters, got '" + stateCode + "'");
    }
    return execute(
        account,
        LIST_RATE_CENTERS,
        (api, auth) -> api.listRateCenters(auth, stateCode),
        listOf(UpstreamRateCenter.class));
  }

  @Override
  public Uni<List<AvailableDid>> searchNumbers(
      TelecoAccount account, long providerId, SearchCriteria criteria) {
    String body = TelecoRequests.search(criteria);
    return execute(
        account,
        SEARCH,
        (api, auth) -> api.search(auth, providerId, body),
        listOf(AvailableDid.class));
  }

  @Override
  public Uni<List<UpstreamProvider>> listProviders(TelecoAccount account) {
    return execute(
        account, LIST_PROVIDERS, TelecoApi::listProviders, listOf(UpstreamProvider.class));
  }

  @Override
  public Uni<OrderResult> order(TelecoAccount account, List<OrderLine> lines) {
    String body = TelecoRequests.order(lines);
    return execute(
        account, ORDER, (api, auth) -> api.order(auth, body), EnvelopeDecoder.orderResult());
  }

  @Override
  public Uni<RouteResult> route(TelecoAccount account, List<RouteLine> lines) {
    String body = TelecoRequests.route(lines);
    return execute(
        account, ROUTE, (api, auth) -> api.route(auth, body), EnvelopeDecoder.routeResult());
  }

  @Override
  public Uni<List<UpstreamSubaccount>> listSubaccounts(TelecoAccount account) {
    return execute(
        account, LIST_SUBACCOUNTS, TelecoApi::listSubaccounts, listOf(UpstreamSubaccount.class));
  }

  @Override
  public Uni<InventoryItem> setCallForward(
      TelecoAccount account, long inventoryId, String forwardNumber) {
    String body = TelecoRequests.callForward(forwardNumber);
    return execute(
        account,
        SET_CALL_FORWARD,
        (api, auth) -> api.setCallForward(auth, inventoryId, body),
        objectOf(InventoryItem.class));
  }

  @Override
  public Uni<List<CallForwardOutcome>> setCallForwards(
      TelecoAccount account, List<CallForwardTarget> targets) {
    String body = TelecoRequests.callForwards(targets);
    return execute(
        account,
        SET_CALL_FORWARDS,
        (api, auth) -> api.setCallForwards(auth, body),
        listOf(CallForwardOutcome.class));
  }

  @Override
  public Uni<InventoryItem> showInventory(TelecoAccount account, long inventoryId) {
    return execute(
        account,
        SHOW_INVENTORY,
        (api, auth) -> api.showInventory(auth, inventoryId),
        objectOf(InventoryItem.class));
  }

  @Override
  public Uni<InventoryItem> removeCallForward(TelecoAccount account, long inventoryId) {
    return execute(
        account,
        REMOVE_CALL_FORWARD,
        (api, auth) -> api.removeCallForward(auth, inventoryId),
        objectOf(InventoryItem.class));
  }

  @Override
  public Uni<List<CallForwardOutcome>> removeCallForwards(
      TelecoAccount account, List<CallForwardTarget> targets) {
    String body = TelecoRequests.callForwardRemovals(targets);
    return execute(
        account,
        REMOVE_CALL_FORWARDS,
        (api, auth) -> api.removeCallForwards(auth, body),
        listOf(CallForwardOutcome.class));
  }

  @Override
  public Uni<List<UpstreamSubClient>> listSubClients(TelecoAccount account) {
    return execute(
        account, LIST_SUB_CLIENTS, TelecoApi::listSubClients, listOf(UpstreamSubClient.class));
  }

  @Override
  public Uni<UpstreamSubClient> createSubClient(TelecoAccount account, SubClientFields fields) {
    String body = TelecoRequests.subClient(fields);
    return execute(
        account,
        CREATE_SUB_CLIENT,
        (api, auth) -> api.createSubClient(auth, body),
        objectOf(UpstreamSubClient.class));
  }

  @Override
  public Uni<UpstreamSubClient> showSubClient(TelecoAccount account, long subClientId) {
    return execute(
        account,
        SHOW_SUB_CLIENT,
        (api, auth) -> api.showSubClient(auth, subClientId),
        objectOf(UpstreamSubClient.class));
  }

  @Override
  public Uni<UpstreamSubClient> updateSubClient(
      TelecoAccount account, long subClientId, SubClientFields fields) {
    String body = TelecoRequests.subClient(fields);
    return execute(
        account,
        UPDATE_SUB_CLIENT,
        (api, auth) -> api.updateSubClient(auth, subClientId, body),
        objectOf(UpstreamSubClient.class));
  }

  @Override
  public Uni<Void> deleteSubClient(TelecoAccount account, long subClientId) {
    return execute(
        account,
        DELETE_SUB_CLIENT,
        (api, auth) -> api.deleteSubClient(auth, subClientId),
        EnvelopeDecoder.NO_DATA);
  }

  /**
   * Executes one call with the account's current api key; each sending of it may take several
   * attempts, as {@link UpstreamFaultTolerance} allows. When Teleco rejects the key of an account
   * that has a password, the key is refreshed by logging in again and the call is repeated once.
   * That is safe for writes too, because Teleco did not act on a rejected request. A second
   * rejection, or a rejection of a static key, fails with 502 {@code upstream_unavailable}.
   *
   * <p>This is the one place every call goes through.
   */
  private <T> Uni<T> execute(
      TelecoAccount account,
      TelecoCall call,
      BiFunction<TelecoApi, String, Uni<Response>> request,
      DataReader<T> reader) {
    return credentials
        .apiKey(account)
        .chain(
            key ->
                sendWithKey(account, key, call, request, reader)
                    .onFailure(e -> isCredentialsRejection(e) && account.password().isPresent())
                    .recoverWithUni(
                        rejection ->
                            credentials
                                .refresh(account, key)
                                .chain(
                                    fresh -> sendWithKey(account, fresh, call, request, reader))));
  }

  private <T> Uni<T> sendWithKey(
      TelecoAccount account,
      String apiKey,
      TelecoCall call,
      BiFunction<TelecoApi, String, Uni<Response>> request,
      DataReader<T> reader) {
    String authorization = basicAuthorization(account.username(), apiKey);
    // The permit is taken once per call, outside the fault-tolerance guard: waiting for a turn
    // must not eat into the attempt's timeout, and a call refused here never reached Teleco, so it
    // must not count against the circuit breaker.
    return permits
        .acquire(account.username())
        .chain(
            () ->
                faultTolerance.call(
                    call,
                    () -> exchange.send(call, api -> request.apply(api, authorization), reader)));
  }

  private static boolean isCredentialsRejection(Throwable e) {
    return e instanceof UpstreamException upstream
        && upstream.kind() == UpstreamException.Kind.CREDENTIALS_REJECTED;
  }

  /**
   * Builds {@code Basic base64(username ":" apiKey)} over UTF-8 bytes (RFC 7617). The key may
   * contain any character, a colon included.
   */
  static String basicAuthorization(String username, String apiKey) {
    byte[] credentials = (username + ":" + apiKey).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(credentials);
  }
}
