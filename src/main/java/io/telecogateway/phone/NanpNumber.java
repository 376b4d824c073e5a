package io.telecogateway.phone;

/**
 * A valid North American Numbering Plan number, held as its 10-digit national number.
 *
 * @param national the area code, exchange and line, such as {@code 2055550123}
 */
public record NanpNumber(String national) {

  /** Returns the E.164 form used in every {@code /v1} response, such as {@code +12055550123}. */
  public String e164() {
    return "+1" + national;
  }

  /** Returns the 10-digit form Teleco expects for DIDs. */
  public String tenDigits() {
    return national;
  }

  /** Returns the 11-digit form, with the country code, that Teleco expects for forward targets. */
  public String elevenDigits() {
    return "1" + national;
  }

  @Override
  public String toString() {
    return e164();
  }
}
