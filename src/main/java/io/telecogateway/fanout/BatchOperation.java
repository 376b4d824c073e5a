package io.telecogateway.fanout;

import java.util.Locale;

/** What a batch does to each of its items; the {@code operation} tag of the fan-out metrics. */
public enum BatchOperation {
  SET_CALL_FORWARD,
  REMOVE_CALL_FORWARD;

  /** The metric tag and log value, such as {@code set_call_forward}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
