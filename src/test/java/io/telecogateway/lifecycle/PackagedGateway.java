package io.telecogateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.telecogateway.testsupport.CallerKeys;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process on a
 * free loopback port, with one tenant, {@code acme}, whose caller key is {@link #CALLER_KEY}. Its
 * console output goes to a temporary file.
 */
final class PackagedGateway implements AutoCloseable {

  static final String CALLER_KEY = "packaged-test-caller-key";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Process process;
  private final Path output;
  private final int port;

  private PackagedGateway(Process process, Path output, int port) {
    this.process = process;
    this.output = output;
    this.port = port;
  }

  /** Starts the gateway against the given Teleco URL and waits until it is ready. */
  static PackagedGateway start(String telecoUrl, Map<String, String> properties)
      throws IOException {
    Path runner = Path.of("target", "quarkus-app", "quarkus-run.jar");
    assertThat(runner).as("the packaged gateway; run ./mvnw verify").exists();
    int port = freePort();
    Path output = Files.createTempFile("packaged-gateway", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.rest-client.teleco.url=" + telecoUrl);
    command.add("-Dgateway.tenants.acme.caller-key-hashes=" + CallerKeys.hash(CALLER_KEY));
    command.add("-Dgateway.tenants.acme.teleco.username=acme");
    command.add("-Dgateway.tenants.acme.teleco.api-key=acme-api-key");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(runner.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    PackagedGateway gateway = new PackagedGateway(process, output, port);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> gateway.get("/q/health/ready").statusCode() == 200);
    return gateway;
  }

  Process process() {
    return process;
  }

  /** Returns the console output so far. */
  String output() throws IOException {
    return Files.readString(output);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Returns a request to the gateway with the tenant's caller key. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + CALLER_KEY);
  }

  HttpClient http() {
    return http;
  }

  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(output);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
