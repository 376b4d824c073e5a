package io.telecogateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.telecogateway.api.model.ActivityEntry;
import io.telecogateway.api.model.AvailableNumber;
import io.telecogateway.api.model.Carrier;
import io.telecogateway.api.model.InventoryNumber;
import io.telecogateway.api.model.ItemList;
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
import org.junit.jupiter.api.Test;

class ModelMapperTest {

  private static InventoryItem item(String didNumber, String forwardNumber, String createdAt) {
    return new InventoryItem(
        "101", didNumber, "AL", "BIRMINGHAM", "1", "7", "3", "voice", forwardNumber, createdAt);
  }

  @Test
  void inventoryNumberInE164WithUtcTime() {
    InventoryNumber number =
        ModelMapper.inventoryNumber(item("2055550123", "12055550199", "2026-12-04 19:58:51 UTC"));

    assertThat(number)
        .isEqualTo(
            new InventoryNumber(
                "101",
                "+12055550123",
                "AL",
                "BIRMINGHAM",
                "1",
                "7",
                "3",
                "voice",
                "+12055550199",
                "2026-12-04T19:58:51Z"));
  }

  @Test
  void inventoryNumberWithoutForwardHasNullForwardTo() {
    assertThat(ModelMapper.inventoryNumber(item("2055550123", null, null)).forwardTo()).isNull();
    assertThat(ModelMapper.inventoryNumber(item("2055550123", "", null)).forwardTo()).isNull();
  }

  @Test
  void nonNanpNumbersPassThroughUnchanged() {
    InventoryNumber number = ModelMapper.inventoryNumber(item("442079460958", "911", "not a time"));

    assertThat(number.number()).isEqualTo("442079460958");
    assertThat(number.forwardTo()).isEqualTo("911");
    assertThat(number.createdAt()).isEqualTo("not a time");
  }

  @Test
  void upstreamNumberWithPlusIsRead() {
    assertThat(ModelMapper.e164("+12055550123")).isEqualTo("+12055550123");
    assertThat(ModelMapper.e164("+442079460958")).isEqualTo("+442079460958");
    assertThat(ModelMapper.e164(null)).isNull();
  }

  @Test
  void numberPageCarriesPagination() {
    InventoryPage page =
        new InventoryPage(2, 3, 120, List.of(item("2055550123", null, "2026-12-04T19:58:51.000Z")));

    NumberPage mapped = ModelMapper.numberPage(page, 2, 50);

    assertThat(mapped.page()).isEqualTo(new PageInfo(2, 50, 3, 120));
    assertThat(mapped.items()).extracting(InventoryNumber::number).containsExactly("+12055550123");
  }

  @Test
  void numberPageWithoutPageNumberUsesRequestedPage() {
    NumberPage mapped = ModelMapper.numberPage(new InventoryPage(0, 0, 0, null), 4, 10);

    assertThat(mapped.page()).isEqualTo(new PageInfo(4, 10, 0, 0));
    assertThat(mapped.items()).isEmpty();
  }

  @Test
  void carrierFieldsRenamed() {
    assertThat(
            ModelMapper.carrier(
                new UpstreamCarrier("1", "Main SIP trunk", "Bandwidth", true, false)))
        .isEqualTo(new Carrier("1", "Main SIP trunk", "Bandwidth", true, false));
  }

  @Test
  void referenceDataMapped() {
    assertThat(ModelMapper.provider(new UpstreamProvider("1", "Bandwidth")))
        .isEqualTo(new Provider("1", "Bandwidth"));
    assertThat(ModelMapper.state(new UpstreamState("AL", "Alabama")))
        .isEqualTo(new State("AL", "Alabama"));
    assertThat(ModelMapper.rateCenter(new UpstreamRateCenter("BIRMINGHAM", "AL")))
        .isEqualTo(new RateCenter("BIRMINGHAM", "AL"));
  }

  @Test
  void availableNumberInE164() {
    assertThat(
            ModelMapper.availableNumber(
                new AvailableDid("2055550123", "AL", "BIRMINGHAM", "1", "1121")))
        .isEqualTo(new AvailableNumber("+12055550123", "AL", "BIRMINGHAM", "1", "1121"));
  }

  @Test
  void accountRecordsMapped() {
    assertThat(ModelMapper.subaccount(new UpstreamSubaccount("1", "Support line")))
        .isEqualTo(new Subaccount("1", "Support line"));
    assertThat(
            ModelMapper.activityEntry(
                new ActivityLogEntry("9", "Ordered 2055550123", "2026-12-04T19:58:51.000Z")))
        .isEqualTo(new ActivityEntry("9", "Ordered 2055550123", "2026-12-04T19:58:51Z"));
    assertThat(
            ModelMapper.subClient(
                new UpstreamSubClient("5", "Acme", "support@acme.test", "support", true)))
        .isEqualTo(new SubClient("5", "Acme", "support@acme.test", "support", true));
  }

  @Test
  void orderResponseKeepsOrderIdAndNumbers() {
    OrderResponse response =
        ModelMapper.orderResponse(
            new OrderResult("9001", List.of(new NumberStatus("2055550123", "ordered"))));

    assertThat(response.orderId()).isEqualTo("9001");
    assertThat(response.numbers()).containsExactly(new NumberOutcome("+12055550123", "ordered"));
  }

  @Test
  void routeResponseWithoutNumbersIsEmpty() {
    assertThat(ModelMapper.routeResponse(new RouteResult(null)))
        .isEqualTo(new RouteResponse(List.of()));
    assertThat(
            ModelMapper.routeResponse(
                    new RouteResult(List.of(new NumberStatus("2055550123", "routed"))))
                .routes())
        .containsExactly(new NumberOutcome("+12055550123", "routed"));
  }

  @Test
  void itemListOfNullIsEmpty() {
    assertThat(ItemList.of(null, ModelMapper::carrier).items()).isEmpty();
  }
}
