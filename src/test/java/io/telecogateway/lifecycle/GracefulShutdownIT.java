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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stops the packaged gateway with SIGTERM while a batch runs, as Kubernetes stops a pod. Readiness
 * must turn DOWN at once, requests must still be served during {@code quarkus.shutdown.delay}, new
 * requests must then be rejected with 503, and the batch must complete before the process exits.
 * Teleco is a WireMock server that answers each call-forward change after {@link #UPSTREAM_DELAY}.
 */
class GracefulShutdownIT {

  private static final String CALLER_KEY = "shutdown-test-caller-key";
  private static final Duration UPSTREAM_DELAY = Duration.ofSeconds(4);
  private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);
  private static final String CHANGED =
      "{\"result\":{\"message\":\"OK\",\"status\":200,\"error\":0},\"data\":{\"id\":1,"
          + "\"did_number\":\"2055550123\",\"state\":\"AL\",\"rate_center\":\"BIRMINGHAM\","
          + "\"provider_id\":1,\"carrier_id\":null,\"subaccount_id\":null,\"did_type\":\"voice\","
          + "\"forward_number\":\"12125550150\",\"created_at\":\"2026-12-04T19:58:51.000Z\"}}";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private WireMockServer teleco;
  private Process gateway;
  private Path output;
  private int port;

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

    port = freePort();
    output = Files.createTempFile("gateway-shutdown", ".log");
    Path runner = Path.of("target", "quarkus-app", "quarkus-run.jar");
    assertThat(runner).as("the packaged gateway; run ./mvnw verify").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.shutdown.delay=" + SHUTDOWN_DELAY.toSeconds() + "s");
    command.add("-Dquarkus.rest-client.teleco.url=http://127.0.0.1:" + teleco.port());
    command.add("-Dgateway.tenants.acme.caller-key-hashes=" + hash(CALLER_KEY));
    command.add("-Dgateway.tenants.acme.teleco.username=acme");
    command.add("-Dgateway.tenants.acme.teleco.api-key=acme-api-key");
    command.add("-jar");
    command.add(runner.toString());
    gateway =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> get("/q/health/ready").statusCode() == 200);
  }

  @AfterEach
  void stop() throws Exception {
    if (gateway != null && gateway.isAlive()) {
      gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    if (teleco != null) {
      teleco.stop();
    }
    if (output != null) {
      Files.deleteIfExists(output);
    }
  }

  @Test
  void batchStartedBeforeSigtermCompletes() throws Exception {
    CompletableFuture<HttpResponse<String>> batch =
        http.sendAsync(
            request("/v1/call-forwards")
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
    gateway.destroy();

    // Readiness is DOWN at once, while requests are still served during the shutdown delay.
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> get("/q/health/ready").statusCode() == 503);
    assertThat(get("/q/health/live").statusCode()).isEqualTo(200);

    // After the delay, new requests are rejected with 503 while the batch still runs.
    await()
        .atMost(SHUTDOWN_DELAY.plusSeconds(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> newRequestRejected());
    assertThat(batch).as("the batch is still running").isNotDone();

    HttpResponse<String> finished = batch.get(30, TimeUnit.SECONDS);
    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(finished.body()).contains("\"succeeded\":3").contains("\"failed\":0");
    assertThat(gateway.waitFor(30, TimeUnit.SECONDS)).as("the process exited").isTrue();
    String log = Files.readString(output);
    assertThat(log).contains("Stopping: in-flight requests have 25s to finish");
    assertThat(log).contains("stopped in");
  }

  private boolean newRequestRejected() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/v1/states");
    return response.statusCode() == 503 && response.body().contains("\"code\":\"shutting_down\"");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + CALLER_KEY);
  }

  private static String item(int numberId, String number) {
    return String.format(
        "{\"numberId\":\"%d\",\"number\":\"%s\",\"forwardTo\":\"2125550150\"}", numberId, number);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String hash(String callerKey) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(callerKey.getBytes(StandardCharsets.UTF_8));
    return "sha256:" + HexFormat.of().formatHex(digest);
  }
}
