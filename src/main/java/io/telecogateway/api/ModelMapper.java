package io.telecogateway.api;

import io.telecogateway.api.model.ActivityEntry;
import io.telecogateway.api.model.AvailableNumber;
import io.telecogateway.api.model.Carrier;
import io.telecogateway.api.model.InventoryNumber;
import io.telecogateway.api.model.NumberOutcome;
import io.telecogateway.api.model.NumberPage;
import io.telecogateway.api.model.OrderResponse;
import io.telecogateway.api.model.PageInfo;
import io.telecogateway.api.model.Provider;
import io.telecogateway.api.model.RateCenter;
import io.telecogateway.api.model.RouteResponse;
import io.telecogateway.api.model.State;
import io.telecogateway.api.model.SubClient;
import io.telecogateway.api.model.Subaccount;
import io.telecogateway.phone.NanpNumber;
import io.telecogateway.phone.PhoneNumbers;
import io.telecogateway.upstream.ActivityLogEntry;
import io.telecogateway.upstream.AvailableDid;
import io.telecogateway.upstream.InventoryItem;
import io.telecogateway.upstream.InventoryPage;
import io.telecogateway.upstream.NumberStatus;
import io.telecogateway.upstream.OrderResult;
import io.telecogateway.upstream.RouteResult;
import io.telecogateway.upstream.UpstreamCarrier;
import io.telecogateway.upstream.UpstreamProvider;
import io.telecogateway.upstream.UpstreamRateCenter;
import io.telecogateway.upstream.UpstreamState;
import io.telecogateway.upstream.UpstreamSubClient;
import io.telecogateway.upstream.UpstreamSubaccount;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Maps the upstream records to the public {@code /v1} model: phone numbers to E.164, times to
 * ISO-8601 UTC, and the provider's field names to camelCase.
 */
public final class ModelMapper {

  private static final Logger LOG = Logger.getLogger(ModelMapper.class);

  private ModelMapper() {}

  public static Carrier carrier(UpstreamCarrier c) {
    return new Carrier(c.id(), c.accountName(), c.provider(), c.enabled(), c.primary());
  }

  public static Provider provider(UpstreamProvider p) {
    return new Provider(p.id(), p.name());
  }

  public static State state(UpstreamState s) {
    return new State(s.code(), s.name());
  }

  public static RateCenter rateCenter(UpstreamRateCenter r) {
    return new RateCenter(r.name(), r.state());
  }

  public static AvailableNumber availableNumber(AvailableDid d) {
    return new AvailableNumber(
        e164(d.didNumber()), d.state(), d.rateCenter(), d.providerId(), d.tierType());
  }

  public static InventoryNumber inventoryNumber(InventoryItem i) {
    return new InventoryNumber(
        i.id(),
        e164(i.didNumber()),
        i.state(),
        i.rateCenter(),
        i.providerId(),
        i.carrierId(),
        i.subaccountId(),
        i.didType(),
        i.forwardNumber() == null || i.forwardNumber().isBlank() ? null : e164(i.forwardNumber()),
        Timestamps.toUtc(i.createdAt()));
  }

  /**
   * Maps one page of the inventory.
   *
   * @param requestedPage used when the provider does not say which page it sent
   * @param pageSize the requested page size, reported as the page's size
   */
  public static NumberPage numberPage(InventoryPage p, int requestedPage, int pageSize) {
    List<InventoryNumber> items =
        p.items() == null
            ? List.of()
            : p.items().stream().map(ModelMapper::inventoryNumber).toList();
    int number = p.currentPage() > 0 ? p.currentPage() : requestedPage;
    return new NumberPage(items, new PageInfo(number, pageSize, p.totalPages(), p.totalCount()));
  }

  public static Subaccount subaccount(UpstreamSubaccount s) {
    return new Subaccount(s.id(), s.name());
  }

  public static ActivityEntry activityEntry(ActivityLogEntry e) {
    return new ActivityEntry(e.id(), e.description(), Timestamps.toUtc(e.createdAt()));
  }

  public static SubClient subClient(UpstreamSubClient s) {
    return new SubClient(s.id(), s.name(), s.email(), s.username(), s.enabled());
  }

  public static OrderResponse orderResponse(OrderResult r) {
    return new OrderResponse(r.orderId(), outcomes(r.numbers()));
  }

  public static RouteResponse routeResponse(RouteResult r) {
    return new RouteResponse(outcomes(r.numbers()));
  }

  private static List<NumberOutcome> outcomes(List<NumberStatus> statuses) {
    if (statuses == null) {
      return List.of();
    }
    return statuses.stream().map(s -> new NumberOutcome(e164(s.didNumber()), s.status())).toList();
  }

  /**
   * Returns a number the provider sent (10 digits, or 11 with the country code, with or without a
   * leading {@code +}) in E.164, or unchanged when it is not a NANP number (an international
   * number, or a format the provider has not documented): the caller then sees what the provider
   * sent rather than an error for the whole response.
   */
  static String e164(String digits) {
    if (digits == null) {
      return null;
    }
    String unsigned = digits.startsWith("+") ? digits.substring(1) : digits;
    return PhoneNumbers.fromUpstream(unsigned)
        .map(NanpNumber::e164)
        .orElseGet(
            () -> {
              LOG.debugf("Passing through a provider number that is not NANP: %s", digits);
              return digits;
            });
  }
}
