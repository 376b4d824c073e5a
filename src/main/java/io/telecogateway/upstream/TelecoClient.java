package io.telecogateway.upstream;

import io.smallrye.mutiny.Uni;
import io.telecogateway.tenant.TelecoAccount;
import java.util.List;

/**
 * The gateway's only way to Teleco: one method per provider call, each sending the account's Basic
 * credentials, decoding the envelope and mapping provider errors to {@code ApiException}s with the
 * stable codes. Nothing above this class sees the provider's envelope.
 */
public interface TelecoClient {

  Uni<List<UpstreamCarrier>> listCarriers(TelecoAccount account);

  Uni<UpstreamCarrier> createCarrier(TelecoAccount account, NewCarrier carrier);

  /**
   * @param page from 1
   * @param perPage 1 to 500
   */
  Uni<InventoryPage> listInventory(TelecoAccount account, int page, int perPage);

  Uni<List<ActivityLogEntry>> listActivityLogs(TelecoAccount account);

  Uni<List<UpstreamState>> listStates(TelecoAccount account);

  /**
   * @param stateCode two upper-case letters
   */
  Uni<List<UpstreamRateCenter>> listRateCenters(TelecoAccount account, String stateCode);

  Uni<List<AvailableDid>> searchNumbers(
      TelecoAccount account, long providerId, SearchCriteria criteria);

  Uni<List<UpstreamProvider>> listProviders(TelecoAccount account);

  Uni<OrderResult> order(TelecoAccount account, List<OrderLine> lines);

  Uni<RouteResult> route(TelecoAccount account, List<RouteLine> lines);

  Uni<List<UpstreamSubaccount>> listSubaccounts(TelecoAccount account);

  /**
   * @param forwardNumber 11 digits
   */
  Uni<InventoryItem> setCallForward(TelecoAccount account, long inventoryId, String forwardNumber);

  Uni<List<CallForwardOutcome>> setCallForwards(
      TelecoAccount account, List<CallForwardTarget> targets);

  Uni<InventoryItem> showInventory(TelecoAccount account, long inventoryId);

  Uni<InventoryItem> removeCallForward(TelecoAccount account, long inventoryId);

  Uni<List<CallForwardOutcome>> removeCallForwards(
      TelecoAccount account, List<CallForwardTarget> targets);

  Uni<List<UpstreamSubClient>> listSubClients(TelecoAccount account);

  Uni<UpstreamSubClient> createSubClient(TelecoAccount account, SubClientFields fields);

  Uni<UpstreamSubClient> showSubClient(TelecoAccount account, long subClientId);

  Uni<UpstreamSubClient> updateSubClient(
      TelecoAccount account, long subClientId, SubClientFields fields);

  Uni<Void> deleteSubClient(TelecoAccount account, long subClientId);
}
