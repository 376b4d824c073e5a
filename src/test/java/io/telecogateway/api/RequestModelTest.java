package io.telecogateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telecogateway.api.model.NewCarrierRequest;
import io.telecogateway.api.model.OrderRequest;
import io.telecogateway.api.model.RouteRequest;
import io.telecogateway.api.model.SubClientRequest;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.upstream.NewCarrier;
import io.telecogateway.upstream.OrderLine;
import io.telecogateway.upstream.RouteLine;
import io.telecogateway.upstream.SubClientFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestModelTest {

  @Test
  void orderLinesInTenDigitsWithDefaults() {
    OrderRequest request =
        new OrderRequest(
            List.of(
                new OrderRequest.Line("(205) 555-0123", "1", "1121", null, null),
                new OrderRequest.Line("+1 205 555 0124", "2", "7", "fax", 1)));

    assertThat(request.toUpstream())
        .containsExactly(
            new OrderLine("2055550123", 1, 1121, "voice", 1),
            new OrderLine("2055550124", 2, 7, "fax", 1));
  }

  @Test
  void routeLinesInTenDigits() {
    RouteRequest request =
        new RouteRequest(List.of(new RouteRequest.Line("12055550123", "1", "2", "3")));

    assertThat(request.toUpstream()).containsExactly(new RouteLine("2055550123", 1, 2, 3));
  }

  @Test
  void invalidNumberNamesField() {
    RouteRequest request = new RouteRequest(List.of(new RouteRequest.Line("911", "1", "2", "3")));

    assertThatThrownBy(request::toUpstream)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PHONE_NUMBER);
              assertThat(e.detail()).isEqualTo("routes[0].number '911' is not a valid NANP number");
            });
  }

  @Test
  void carrierRequestKeepsSecretsOutOfText() {
    NewCarrierRequest request =
        new NewCarrierRequest("4", " Backup ", "user", "pass-word", "token-value", true, false);

    assertThat(request.toUpstream())
        .isEqualTo(new NewCarrier(4, "Backup", "user", "pass-word", "token-value", true, false));
    assertThat(request.toString()).doesNotContain("pass-word").doesNotContain("token-value");
  }

  @Test
  void subClientFieldsStripped() {
    assertThat(new SubClientRequest(" Acme ", " a@acme.test ", null, null).toUpstream())
        .isEqualTo(new SubClientFields("Acme", "a@acme.test", null, null));
  }

  @Test
  void searchTypesMapped() {
    assertThat(ReferenceDataResource.searchType(null)).isEqualTo("local_did");
    assertThat(ReferenceDataResource.searchType("local")).isEqualTo("local_did");
    assertThat(ReferenceDataResource.searchType("fax")).isEqualTo("fax_did");
    assertThat(ReferenceDataResource.searchType("tollfree")).isEqualTo("tollfree_did");
    assertThat(ReferenceDataResource.searchType("international")).isEqualTo("international_did");
  }

  @Test
  void idParsing() {
    assertThat(RequestValues.id("id", "42")).isEqualTo(42);
    for (String bad : new String[] {"0", "-1", "01", "1.5", "abc", "", "99999999999999999999"}) {
      assertThatThrownBy(() -> RequestValues.id("id", bad))
          .as(bad)
          .isInstanceOf(ApiException.class)
          .hasMessageContaining("id '" + bad + "'");
    }
  }
}
