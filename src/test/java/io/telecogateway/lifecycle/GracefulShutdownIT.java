package io.telecogateway.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stops the packaged gateway with SIGTERM while a batch runs, as Kubernetes stops a pod. Readiness
 * must turn DOWN at once, requests must still be served during {@code quarkus.shutdown.delay}, new
 * requests must then be rejected with 503, and the batch must complete before the process exits.
 * Teleco is a WireMock server that returns each call-forward change after {@link #UPSTREAM_DELAY}.
 */
class GracefulShutdownIT {

  private static final Duration UPSTREAM_DELAY = Duration.ofSeconds(4);
  private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);
  private static final String CHANGED =
      "{\"result\":{\"message\":\"OK\",\"status\":200,\"error\":0},\"data\":{\"id\":1,"
          + "\"did_number\":\"2055550123\",\"state\":\"AL\",\"rate_center\":\"BIRMINGHAM\","
          + "\"provider_id\":1,\"carrier_id\":null,\"subaccount_id\":null,\"did_type\":\"voice\","
          + "\"forward_number\":\"12125550150\",\"created_at\":\"2026-12-04T19:58:51.000Z\"}}";

  private WireMockServer teleco;
  private PackagedGateway gateway;

  @BeforeEach
  void start() throws Exception {
    teleco = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    teleco.start();
    teleco.stubFor(
        post(urlPathMatching("/api/inventories/[0-9]+/call_forward"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(CHANGED)
                    .withFixedDelay((int) UPSTREAM_DELAY.toMillis())));
    gateway =
        PackagedGateway.start(
            "http://127.0.0.1:" + teleco.port(),
            Map.of("quarkus.shutdown.delay", SHUTDOWN_DELAY.toSeconds() + "s"));
  }

  @AfterEach
  void stop() throws Exception {
    if (gateway != null) {
      gateway.close();
    }
    if (teleco != null) {
      teleco.stop();
    }
  }

  @Test
  void batchStartedBeforeSigtermCompletes() throws Exception {
    CompletableFuture<HttpResponse<String>> batch =
        gateway
            .http()
            .sendAsync(
                gateway
                    .request("/v1/call-forwards")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"items\":["
                                + item(11, "2055550111")
                                + ","
                                + item(12, "2055550112")
                                + ","
                                + item(13, "2055550113")
                                + "]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                teleco.findAll(postRequestedFor(urlPathMatching("/api/inventories/.*"))).size()
                    == 3);

    // Process.destroy sends SIGTERM on Linux.
    gateway.process().destroy();

    // Readiness is DOWN at once, while requests are still served during the shutdown delay.
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> gateway.get("/q/health/ready").statusCode() == 503);
    assertThat(gateway.get("/q/health/live").statusCode()).isEqualTo(200);

    // After the delay, new requests are rejected with 503 while the batch still runs.
    await()
        .atMost(SHUTDOWN_DELAY.plusSeconds(2))
        .pollInterval(Duration.ofMillis(100))
        .until(this::newRequestRejected);
    assertThat(batch).as("the batch is still running").isNotDone();

    HttpResponse<String> finished = batch.get(30, TimeUnit.SECONDS);
    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(finished.body()).contains("\"succeeded\":3").contains("\"failed\":0");
    assertThat(gateway.process().waitFor(30, TimeUnit.SECONDS)).as("the process exited").isTrue();
    String log = gateway.output();
    assertThat(log).contains("Shutdown requested: readiness is DOWN");
    assertThat(log)
        .contains("Stopping: every request has finished, or the shutdown timeout of 35s");
    assertThat(log).contains("stopped in");
  }

  private boolean newRequestRejected() throws IOException, InterruptedException {
    HttpResponse<String> response = gateway.get("/v1/states");
    return response.statusCode() == 503 && response.body().contains("\"code\":\"shutting_down\"");
  }

  private static String item(int numberId, String number) {
    return String.format(
        "{\"numberId\":\"%d\",\"number\":\"%s\",\"forwardTo\":\"2125550150\"}", numberId, number);
  }
}
