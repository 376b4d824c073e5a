package io.telecogateway.simulator;

import java.util.List;

/**
 * Signals a request that the provider rejects with HTTP 200, {@code error: 1} and {@code
 * result.status} 400. Each message names the field and the value.
 */
final class InvalidRequestException extends RuntimeException {

  private final List<String> errors;

  InvalidRequestException(List<String> errors) {
    super(String.join("; ", errors), null, false, false);
    this.errors = List.copyOf(errors);
  }

  InvalidRequestException(String error) {
    this(List.of(error));
  }

  List<String> errors() {
    return errors;
  }
}
