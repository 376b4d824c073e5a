package io.telecogateway.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.restassured.RestAssured;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Teleco's reference-data responses as WireMock stubs, in Teleco's result envelope. */
final class TelecoStubs {

  static final String STATES = "/api/states/available";
  static final String PROVIDERS = "/api/providers/primary/providers";

  static final String ALABAMA = "[{\"state_id\":\"AL\",\"name\":\"Alabama\"}]";
  static final String ALABAMA_AND_TEXAS =
      "[{\"state_id\":\"AL\",\"name\":\"Alabama\"},{\"state_id\":\"TX\",\"name\":\"Texas\"}]";
  static final String BIRMINGHAM = "[{\"rate_center\":\"BIRMINGHAM\",\"state_id\":\"AL\"}]";
  static final String NORTHWIND = "[{\"id\":1,\"name\":\"Northwind Telecom\"}]";

  /** The gateway ports whose Teleco client has made a first call. */
  private static final Set<Integer> WARM = ConcurrentHashMap.newKeySet();

  private TelecoStubs() {}

  /**
   * Sends one request through the gateway under test, once per gateway. The class loading and
   * connection set-up of a cold JVM then do not count against the short read timeout of the tests
   * that follow. Callers reset WireMock and the cache afterwards.
   */
  static void warmUp(WireMockServer wireMock) {
    if (!WARM.add(RestAssured.port)) {
      return;
    }
    stub(wireMock, PROVIDERS, data(NORTHWIND));
    RestAssured.given()
        .header("Authorization", "Bearer " + CacheProfile.GLOBEX_KEY)
        .get("/v1/providers");
  }

  static String rateCenters(String state) {
    return "/api/states/" + state + "/rate_centers";
  }

  static ResponseDefinitionBuilder data(String data) {
    return json(200, envelope(200, 0, data));
  }

  static ResponseDefinitionBuilder json(int httpStatus, String body) {
    return aResponse()
        .withStatus(httpStatus)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  static String envelope(int status, int error, String data) {
    return "{\"result\":{\"message\":\""
        + (error == 0 ? "OK" : "An error occurred")
        + "\",\"status\":"
        + status
        + ",\"error\":"
        + error
        + "},\"data\":"
        + data
        + "}";
  }

  static void stub(WireMockServer wireMock, String path, ResponseDefinitionBuilder response) {
    wireMock.stubFor(get(urlEqualTo(path)).willReturn(response));
  }

  static void verifyCalls(WireMockServer wireMock, int count, String path) {
    wireMock.verify(exactly(count), getRequestedFor(urlEqualTo(path)));
  }
}
