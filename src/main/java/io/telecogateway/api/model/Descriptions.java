package io.telecogateway.api.model;

/** OpenAPI descriptions shared by several fields of the public model. */
final class Descriptions {

  static final String E164 =
      "In E.164 when Teleco sends a NANP number (10 digits, or 11 starting with 1); any other value"
          + " is passed through unchanged";

  static final String TIME =
      "ISO-8601 in UTC. A Teleco time without an offset is read as UTC, epoch seconds and"
          + " milliseconds are converted, and any other value is passed through unchanged";

  private Descriptions() {}
}
