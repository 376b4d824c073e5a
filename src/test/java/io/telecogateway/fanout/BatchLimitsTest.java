package io.telecogateway.fanout;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.telecogateway.fanout.Batches.SET;
import static io.telecogateway.fanout.Batches.forwardChanged;
import static io.telecogateway.fanout.Batches.ids;
import static io.telecogateway.fanout.Batches.setBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch deadline, and batches paced by the Teleco account's call ceiling. */
@QuarkusTest
@TestProfile(FanoutLimitsProfile.class)
class BatchLimitsTest {

  private static final String FORWARD_PATHS = "/api/inventories/[0-9]+/call_forward";

  @InjectUpstream WireMockServer wireMock;

  @Inject MeterRegistry registry;

  @BeforeEach
  void reset() {
    wireMock.resetAll();
  }

  @Test
  void deadlineCancelsUnfinishedItems() throws Exception {
    // 20 items, 8 at a time, each answered after 2 s: items 0-7 finish at 2 s, items 8-15 start
    // then and are cancelled at the 3 s deadline, and items 16-19 never start.
    wireMock.stubFor(
        post(urlMatching(FORWARD_PATHS)).willReturn(forwardChanged(1).withFixedDelay(2000)));

    long start = System.nanoTime();
    JsonPath answer =
        Batches.post("fan", SET, setBody(ids(1, 20))).then().statusCode(200).extract().jsonPath();
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(elapsedMillis).isLessThan(FanoutLimitsProfile.DEADLINE_MILLIS + 1000);
    assertThat(answer.getInt("summary.succeeded")).isEqualTo(8);
    assertThat(answer.getInt("summary.failed")).isEqualTo(12);
    List<String> statuses = answer.getList("items.status");
    assertThat(statuses.subList(0, 8)).containsOnly("succeeded");
    assertThat(statuses.subList(8, 20)).containsOnly("failed");
    for (int i = 8; i < 20; i++) {
      assertThat(answer.getString("items[" + i + "].error.code")).isEqualTo("upstream_timeout");
    }
    assertThat(answer.getString("items[8].error.detail")).contains("may or may not");
    assertThat(answer.getString("items[19].error.detail")).contains("before this item was sent");

    // No request starts after the deadline.
    Thread.sleep(1500);
    wireMock.verify(exactly(16), postRequestedFor(urlMatching(FORWARD_PATHS)));
  }

  @Test
  void callCeilingPacesBatch() {
    wireMock.stubFor(post(urlMatching(FORWARD_PATHS)).willReturn(forwardChanged(1)));
    double rejectedBefore = rejectedByCeiling();

    // 100 items at 50 calls per second: 50 start at once, and the other 50 wait their turns.
    JsonPath answer =
        Batches.post("paced", SET, setBody(ids(1, 100)))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answer.getInt("summary.succeeded")).isEqualTo(100);
    assertThat(answer.getList("items.status")).isEqualTo(Collections.nCopies(100, "succeeded"));
    assertThat(rejectedByCeiling() - rejectedBefore).isPositive();
    // A rejected item was never sent: Teleco saw each item once.
    wireMock.verify(exactly(100), anyRequestedFor(anyUrl()));
  }

  private double rejectedByCeiling() {
    Counter counter =
        registry.find("gateway.teleco.guard.rejected").tag("account", "paced-user").counter();
    return counter == null ? 0 : counter.count();
  }
}
