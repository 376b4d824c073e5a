package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.telecogateway.upstream.TelecoErrorMappingTest.envelope;
import static io.telecogateway.upstream.TelecoErrorMappingTest.json;
import static io.telecogateway.upstream.TelecoWireMock.ACME_API_KEY;
import static io.telecogateway.upstream.TelecoWireMock.ACME_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.tenant.TelecoAccount;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-account ceiling on calls to Teleco, applied by the client before anything is sent. */
@QuarkusTest
@TestProfile(CallCeilingTest.TwoPerSecond.class)
class CallCeilingTest {

  /** Two calls per second per account, and no waiting for a turn. */
  public static class TwoPerSecond implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(
              TelecoWireMock.class,
              Map.of(
                  "gateway.teleco.max-requests-per-second", "2",
                  "gateway.teleco.max-queue-wait", "0s")));
    }
  }

  @InjectWireMock WireMockServer wireMock;
  @Inject TelecoClient client;
  @Inject CircuitBreakerMaintenance breakers;

  private final TelecoAccount acme = TelecoAccount.withApiKey(ACME_USERNAME, ACME_API_KEY);

  @BeforeEach
  void reset() {
    wireMock.resetAll();
    breakers.resetAll();
    wireMock.stubFor(
        get(urlEqualTo("/api/carriers")).willReturn(json(200, envelope(200, 0, "[]"))));
  }

  @Test
  void callsOverCeilingNeverReachTeleco() {
    // Warm the client up, then let the bucket of two fill again. On a loaded machine the cold
    // first call can outlast the read timeout; it has done its work either way.
    client.listCarriers(acme).onFailure().recoverWithNull().await().indefinitely();
    await().atMost(Duration.ofSeconds(3)).pollDelay(Duration.ofSeconds(1)).until(() -> true);
    wireMock.resetRequests();

    List<CompletableFuture<List<UpstreamCarrier>>> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(client.listCarriers(acme).subscribeAsCompletionStage().toCompletableFuture());
    }
    List<ApiException> refused = new ArrayList<>();
    for (CompletableFuture<List<UpstreamCarrier>> call : calls) {
      try {
        call.join();
      } catch (CompletionException e) {
        assertThat(e.getCause()).isInstanceOf(ApiException.class);
        refused.add((ApiException) e.getCause());
      }
    }

    // Five calls start at once against a full bucket of two: two are sent, three are refused.
    assertThat(refused).hasSize(3);
    for (ApiException e : refused) {
      assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
      assertThat(e.status()).isEqualTo(503);
      assertThat(e.headers()).containsKey("Retry-After");
    }
    wireMock.verify(exactly(2), anyRequestedFor(anyUrl()));
  }
}
