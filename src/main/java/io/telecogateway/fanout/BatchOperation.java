package io.telecogateway.fanout;

import java.util.Locale;

/** The change a batch makes to each of its items, and the {@code operation} tag of its metrics. */
public enum BatchOperation {
  SET_CALL_FORWARD,
  REMOVE_CALL_FORWARD;

  /** Returns the metric tag and log value, such as {@code set_call_forward}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
