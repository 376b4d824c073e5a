package io.telecogateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  private static final String PATH = "/v1/orders";

  @Test
  void canonicalFormSortsMembersAndDropsWhitespace() {
    String body = "{ \"b\" : [ 2, { \"z\": 1, \"y\": null } ],\n \"a\" : \"x\" }";

    assertThat(RequestFingerprint.canonicalJson(bytes(body)))
        .isEqualTo("{\"a\":\"x\",\"b\":[2,{\"y\":null,\"z\":1}]}");
  }

  @Test
  void canonicalFormKeepsNumbersAsWritten() {
    assertThat(RequestFingerprint.canonicalJson(bytes("[1, 1.0, 1e2, -0, 12345678901234567890]")))
        .isEqualTo("[1,1.0,1e2,-0,12345678901234567890]");
  }

  @Test
  void canonicalFormReescapesStrings() {
    assertThat(RequestFingerprint.canonicalJson(bytes("\"\\u0041\\/\\u00e9\\n\\\"\"")))
        .isEqualTo("\"A/\u00e9\\n\\\"\"");
  }

  @Test
  void reorderedBodiesShareFingerprint() {
    String first = "{\"numbers\":[{\"number\":\"5551234567\",\"quantity\":1}],\"note\":\"x\"}";
    String second =
        "{\n  \"note\": \"x\",\n  \"numbers\": [ { \"quantity\": 1, \"number\": \"5551234567\" } ]\n}";

    assertThat(RequestFingerprint.of("POST", PATH, bytes(first)))
        .isEqualTo(RequestFingerprint.of("POST", PATH, bytes(second)));
  }

  @Test
  void differentValuesChangeFingerprint() {
    String base = RequestFingerprint.of("POST", PATH, bytes("{\"a\":[1,2]}"));

    assertThat(RequestFingerprint.of("POST", PATH, bytes("{\"a\":[2,1]}"))).isNotEqualTo(base);
    assertThat(RequestFingerprint.of("POST", PATH, bytes("{\"a\":[1,2.0]}"))).isNotEqualTo(base);
    assertThat(RequestFingerprint.of("POST", PATH, bytes("{\"a\":[1,\"2\"]}"))).isNotEqualTo(base);
    assertThat(RequestFingerprint.of("POST", "/v1/routes", bytes("{\"a\":[1,2]}")))
        .isNotEqualTo(base);
    assertThat(RequestFingerprint.of("PUT", PATH, bytes("{\"a\":[1,2]}"))).isNotEqualTo(base);
    assertThat(RequestFingerprint.of("POST", PATH + "?x=1", bytes("{\"a\":[1,2]}")))
        .isNotEqualTo(base);
  }

  @Test
  void nonJsonBodiesUseRawBytes() {
    assertThat(RequestFingerprint.canonicalJson(bytes(""))).isNull();
    assertThat(RequestFingerprint.canonicalJson(bytes("not json"))).isNull();
    assertThat(RequestFingerprint.canonicalJson(bytes("{\"a\":1} trailing"))).isNull();
    assertThat(RequestFingerprint.canonicalJson(bytes("{\"a\":1,\"a\":2}"))).isNull();
    assertThat(RequestFingerprint.canonicalJson(bytes("{\"a\":"))).isNull();
    assertThat(RequestFingerprint.of("POST", PATH, bytes("not json")))
        .isEqualTo(RequestFingerprint.of("POST", PATH, bytes("not json")));
    assertThat(RequestFingerprint.of("POST", PATH, bytes("not json")))
        .isNotEqualTo(RequestFingerprint.of("POST", PATH, bytes("not  json")));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
