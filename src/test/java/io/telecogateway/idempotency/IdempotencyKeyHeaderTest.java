package io.telecogateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telecogateway.problem.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyKeyHeaderTest {

  @Test
  void absentHeaderHasNoKey() {
    assertThat(IdempotencyKeyHeader.parse(null)).isNull();
    assertThat(IdempotencyKeyHeader.parse(List.of())).isNull();
  }

  @Test
  void printableAsciiKeysAreAccepted() {
    String everyPrintable =
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    assertThat(IdempotencyKeyHeader.parse(List.of("a"))).isEqualTo("a");
    assertThat(IdempotencyKeyHeader.parse(List.of(everyPrintable))).isEqualTo(everyPrintable);
    assertThat(IdempotencyKeyHeader.parse(List.of("k".repeat(255)))).hasSize(255);
    assertThat(IdempotencyKeyHeader.parse(List.of("\"quoted-key\""))).isEqualTo("\"quoted-key\"");
  }

  @Test
  void invalidKeysNameTheHeader() {
    List<String> invalid =
        List.of(
            "", "k".repeat(256), "two words", "tab\there", "del\u007fete", "caf\u00e9", "\u0001");

    for (String key : invalid) {
      assertThatThrownBy(() -> IdempotencyKeyHeader.parse(List.of(key)))
          .as("key %s", key)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.code().code()).isEqualTo("invalid_request");
                assertThat(e.errors()).hasSize(1);
                assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key");
                assertThat(e.detail()).startsWith("Header Idempotency-Key ");
              });
    }
  }

  @Test
  void invalidCharacterPositionIsReported() {
    assertThatThrownBy(() -> IdempotencyKeyHeader.parse(List.of("ab cd")))
        .hasMessageContaining("at position 3");
  }

  @Test
  void repeatedHeaderIsRejected() {
    assertThatThrownBy(() -> IdempotencyKeyHeader.parse(List.of("one", "two")))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("sent 2 times");
  }

  @Test
  void hashIsSha256Hex() {
    // SHA-256 of "abc", from FIPS 180-2, appendix B.1.
    assertThat(IdempotencyKeyHeader.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
