package io.telecogateway.api.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Values a caller chooses (ids, numbers, keys, paths) never become metric labels, whatever the
 * response status, so the number of series stays bounded however many distinct values arrive.
 */
@QuarkusTest
@TestProfile(SimulatorGatewayProfile.class)
class MetricsCardinalityOnSimulatorTest extends SimulatorGatewayTest {

  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void distinctIdsAddNoSeries() {
    // One round of every kind of request first, so that each status and outcome has its series.
    sendRound(0);
    sendRound(1);
    Set<String> before = gatewaySeries(metrics());

    for (int i = 2; i < 502; i++) {
      sendRound(i);
    }
    String after = metrics();

    assertThat(gatewaySeries(after)).isEqualTo(before);
    assertThat(after).contains("uri=\"/v1/numbers/{id}\"");
    for (String value : labelValues(after)) {
      assertThat(value).as("a label value").doesNotMatch(".*\\d{6,}.*");
      assertThat(value).as("a label value").doesNotContain("test-caller-key");
      assertThat(value)
          .as("a label value")
          .doesNotContain(SimulatorGatewayProfile.DEMO_API_KEY)
          .doesNotContain(SimulatorGatewayProfile.ACME_API_KEY)
          .doesNotContain("password");
    }
  }

  @Test
  void serverRequestsCarryTenant() {
    asDemo().get("/v1/states").then().statusCode(200);
    asAcme().get("/v1/states").then().statusCode(200);
    given().get("/v1/states").then().statusCode(401);

    String metrics = metrics();

    assertThat(metrics)
        .containsPattern("http_server_requests_seconds_count\\{[^}]*tenant=\"demo\"[^}]*\\}")
        .containsPattern("http_server_requests_seconds_count\\{[^}]*tenant=\"acme\"[^}]*\\}")
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*status=\"401\"[^}]*tenant=\"none\"");
    // Latency histograms have fixed buckets, for percentiles in dashboards and alerts.
    assertThat(metrics)
        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"0\\.025\"")
        .containsPattern("gateway_upstream_calls_seconds_bucket\\{[^}]*le=\"0\\.025\"");
  }

  /**
   * Sends requests whose paths, ids, numbers and keys all differ with {@code i}, covering found and
   * unknown ids, malformed ids, wrong methods, unacceptable media types, unknown caller keys,
   * unknown paths and keyed writes.
   */
  private static void sendRound(int i) {
    String id = String.valueOf(9_100_000 + i);
    String number = String.format("212555%04d", i);
    asDemo().get("/v1/numbers/" + id).then().statusCode(404);
    asDemo().get("/v1/numbers/x" + id).then().statusCode(400);
    asDemo().patch("/v1/numbers/" + id).then().statusCode(405);
    given().options("/v1/numbers/o" + id).then().statusCode(405);
    asDemo().header("Accept", "text/html").get("/v1/numbers/a" + id).then().statusCode(406);
    given().get("/v1/numbers/u" + id).then().statusCode(401);
    as("unknown-caller-key-" + id).get("/v1/numbers/" + id).then().statusCode(401);
    asDemo().get("/v1/nope/" + id).then().statusCode(404);
    asDemo().get("/v1/states/Z" + (char) ('A' + i % 26) + "/rate-centers");
    asDemo()
        .header("Idempotency-Key", "invalid-" + id)
        .body(batch(id, number, "bad" + id))
        .post("/v1/call-forwards")
        .then()
        .statusCode(400);
    asDemo()
        .header("Idempotency-Key", "unknown-" + id)
        .body(batch(id, number, number))
        .post("/v1/call-forwards")
        .then()
        .statusCode(200);
  }

  private static String batch(String numberId, String number, String forwardTo) {
    return String.format(
        "{\"items\":[{\"numberId\":\"%s\",\"number\":\"%s\",\"forwardTo\":\"%s\"}]}",
        numberId, number, forwardTo);
  }

  private static String metrics() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  /**
   * Returns the series (name and labels, without the value) of the gateway's own meters and of the
   * HTTP server's, leaving out the JVM's, whose series change as the process runs.
   */
  private static Set<String> gatewaySeries(String metrics) {
    Set<String> series = new TreeSet<>();
    for (String line : metrics.split("\n")) {
      if (line.startsWith("gateway_") || line.startsWith("http_server_")) {
        series.add(line.substring(0, line.lastIndexOf(' ')));
      }
    }
    return series;
  }

  private static List<String> labelValues(String metrics) {
    List<String> values = new ArrayList<>();
    for (String line : metrics.split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      Matcher label = LABEL.matcher(line);
      while (label.find()) {
        if (!label.group(1).equals("le") && !label.group(1).equals("quantile")) {
          values.add(label.group(2));
        }
      }
    }
    return values;
  }
}
