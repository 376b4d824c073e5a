package io.telecogateway.fanout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.IntStream;

/** Request bodies, Teleco responses and calls shared by the batch tests. */
final class Batches {

  static final String SET = "/v1/call-forwards";
  static final String REMOVE = "/v1/call-forwards/removals";

  private Batches() {}

  /** Teleco's response to a call-forward change of number {@code id}. */
  static ResponseDefinitionBuilder forwardChanged(long id) {
    String item =
        "{\"id\":"
            + id
            + ",\"did_number\":\"2055550123\",\"state\":\"AL\",\"rate_center\":\"BIRMINGHAM\","
            + "\"provider_id\":1,\"carrier_id\":null,\"subaccount_id\":null,\"did_type\":\"voice\","
            + "\"forward_number\":\"12125550150\",\"created_at\":\"2026-12-04T19:58:51.000Z\"}";
    return envelope(200, 0, item);
  }

  static ResponseDefinitionBuilder envelope(int status, int error, String data) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"result\":{\"message\":\"OK\",\"status\":"
                + status
                + ",\"error\":"
                + error
                + "},\"data\":"
                + data
                + "}");
  }

  /** Returns the number sent for item {@code id}: 205 555 and the id's last four digits. */
  static String numberOf(long id) {
    return String.format("205555%04d", id % 10000);
  }

  static String e164Of(long id) {
    return "+1" + numberOf(id);
  }

  static String setBody(List<Long> ids) {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      body.append(i == 0 ? "" : ",")
          .append("{\"numberId\":\"")
          .append(id)
          .append("\",\"number\":\"")
          .append(numberOf(id))
          .append("\",\"forwardTo\":\"(212) 555-0150\"}");
    }
    return body.append("]}").toString();
  }

  static String removeBody(List<Long> ids) {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      body.append(i == 0 ? "" : ",")
          .append("{\"numberId\":")
          .append(id)
          .append(",\"number\":\"")
          .append(numberOf(id))
          .append("\"}");
    }
    return body.append("]}").toString();
  }

  /** Ids {@code first} to {@code first + count - 1}. */
  static List<Long> ids(long first, int count) {
    return IntStream.range(0, count).mapToObj(i -> first + i).toList();
  }

  static Response post(String tenant, String path, String body) {
    return given()
        .header("Authorization", "Bearer " + tenant + "-key")
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }
}
