package io.telecogateway.simulator;

/** Signals an unknown id, or an id that belongs to another account. The call gets HTTP 404. */
final class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message, null, false, false);
  }
}
