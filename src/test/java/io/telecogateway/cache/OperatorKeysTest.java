package io.telecogateway.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OperatorKeysTest {

  /** The hash of {@code operator-key} in upper-case hex and with spaces, as one may paste it. */
  private static final String PASTED_HASH =
      " sha256:"
          + CacheProfile.sha256("operator-key")
              .substring("sha256:".length())
              .toUpperCase(Locale.ROOT)
          + " ";

  private final OperatorKeys keys = new OperatorKeys(List.of(PASTED_HASH));

  @Test
  void acceptsConfiguredKey() {
    assertThat(keys.enabled()).isTrue();
    assertThat(keys.accepts("Bearer operator-key")).isTrue();
    assertThat(keys.accepts("bearer operator-key")).isTrue();
  }

  @Test
  void rejectsOtherHeaders() {
    assertThat(keys.accepts(null)).isFalse();
    assertThat(keys.accepts("")).isFalse();
    assertThat(keys.accepts("Bearer ")).isFalse();
    assertThat(keys.accepts("Bearer other-key")).isFalse();
    assertThat(keys.accepts("Basic operator-key")).isFalse();
    assertThat(keys.accepts("operator-key")).isFalse();
  }

  @Test
  void malformedHashFailsStart() {
    assertThatThrownBy(() -> new OperatorKeys(List.of("operator-key")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("gateway.admin.key-hashes has an entry that is not sha256:<64 hex digits>");
  }

  @Test
  void noHashDisablesEndpoints() {
    OperatorKeys none = new OperatorKeys(List.of());
    CacheAdminResource resource = new CacheAdminResource(null, none);

    assertThat(none.enabled()).isFalse();
    assertThat(none.accepts("Bearer operator-key")).isFalse();
    ApiException disabled =
        catchThrowableOfType(
            ApiException.class, () -> resource.invalidate("Bearer operator-key", "states"));
    assertThat(disabled.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(disabled.status()).isEqualTo(404);
  }
}
