package io.telecogateway.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With JSON logging on, every console line is one JSON object carrying the request context. */
class JsonLogIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonLinesCarryRequestIdAndTenant() throws Exception {
    WireMockServer teleco = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    teleco.start();
    teleco.stubFor(
        get(urlEqualTo("/api/carriers"))
            .willReturn(
                okJson("{\"result\":{\"status\":500,\"error\":1},\"data\":null}").withStatus(500)));
    try (PackagedGateway gateway =
        PackagedGateway.start(
            "http://127.0.0.1:" + teleco.port(),
            Map.of(
                "quarkus.log.console.json.enabled", "true",
                "gateway.upstream.retry.max-attempts", "1"))) {
      HttpResponse<String> failed =
          gateway
              .http()
              .send(
                  gateway.request("/v1/carriers").header("X-Request-Id", "json-log-1").build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(failed.statusCode()).isEqualTo(502);

      await().atMost(Duration.ofSeconds(5)).until(() -> gateway.output().contains("json-log-1"));
      List<JsonNode> lines = new ArrayList<>();
      for (String line : gateway.output().split("\n")) {
        if (line.startsWith("{")) {
          lines.add(JSON.readTree(line));
        }
      }

      assertThat(lines).as("JSON log lines").isNotEmpty();
      assertThat(lines)
          .as("every line has a timestamp, a level and a message")
          .allSatisfy(
              line -> {
                assertThat(line.has("timestamp")).isTrue();
                assertThat(line.has("level")).isTrue();
                assertThat(line.has("message")).isTrue();
              });
      JsonNode failure =
          lines.stream()
              .filter(line -> line.path("mdc").path("requestId").asText().equals("json-log-1"))
              .filter(line -> line.path("level").asText().equals("WARN"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no WARN line for request json-log-1"));
      assertThat(failure.path("mdc").path("tenant").asText()).isEqualTo("acme");
      assertThat(failure.path("message").asText()).contains("/api/carriers");
    } finally {
      teleco.stop();
    }
  }
}
