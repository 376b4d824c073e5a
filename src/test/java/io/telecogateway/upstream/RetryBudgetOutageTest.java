package io.telecogateway.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.telecogateway.upstream.TelecoErrorMappingTest.failureOf;
import static io.telecogateway.upstream.TelecoWireMock.ACME_API_KEY;
import static io.telecogateway.upstream.TelecoWireMock.ACME_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.telecogateway.tenant.TelecoAccount;
import io.telecogateway.upstream.UpstreamException.Kind;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Checks that the retry budget keeps retries from multiplying Teleco's load during an outage. The
 * profile's budget contains 5 tokens and earns 0.2 per response, and its breaker cannot open here.
 */
@QuarkusTest
@TestProfile(RetryBudgetProfile.class)
class RetryBudgetOutageTest {

  private static final int CALLS = 50;

  @InjectWireMock WireMockServer wireMock;

  @Inject TelecoClient client;
  @Inject UpstreamHealth health;

  private final TelecoAccount acme = TelecoAccount.withApiKey(ACME_USERNAME, ACME_API_KEY);

  @Test
  void outageRetriesStayWithinBudget() {
    wireMock.resetAll();
    wireMock.stubFor(
        get(urlEqualTo("/api/states/available")).willReturn(aResponse().withStatus(503)));

    for (int i = 0; i < CALLS; i++) {
      UpstreamException e = failureOf(client.listStates(acme));
      assertThat(e.kind()).as("call %d", i).isEqualTo(Kind.UNAVAILABLE);
    }

    assertThat(health.breakerState()).isEqualTo(CircuitBreakerState.CLOSED);
    // No attempt gets a response, so no token is earned and the 5 stored tokens pay for 5
    // retries: the first two calls retry twice, the third once, and the other 47 not at all.
    // 50 calls + 5 retries = 55 requests.
    wireMock.verify(exactly(CALLS + RetryBudgetProfile.MAX_TOKENS), anyRequestedFor(anyUrl()));
    // Without the budget, 3 attempts per call would have sent 150 requests. The bound the
    // budget guarantees is (1 + ratio) x calls + max-tokens = 65.
    int bound = (int) ((1 + RetryBudgetProfile.RATIO) * CALLS) + RetryBudgetProfile.MAX_TOKENS;
    assertThat(wireMock.getAllServeEvents()).hasSizeLessThanOrEqualTo(bound);
  }
}
