package io.telecogateway.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the spellings of NANP numbers that callers send and formats them for callers and for
 * Teleco.
 *
 * <p>Accepted: E.164 ({@code +12055550123}) and the usual NANP spellings ({@code 2055550123},
 * {@code 12055550123}, {@code (205) 555-0123}, {@code 205.555.0123}, {@code +1 205 555 0123}). A
 * number is valid when it has exactly 10 digits after an optional country code 1, and its area code
 * is of the form [2-9]XX and not an N11 service code. The exchange is not checked further, because
 * Teleco's own examples use numbers such as 555-123-4567.
 *
 * <p>libphonenumber does the parsing, but the digit count is checked on the caller's text first: on
 * its own the library would strip a leading 1 from a number that is one digit too long, or turn
 * letters into digits, and so repair an invalid number into a different one.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ().\\-]{10,25}");
  private static final Pattern NANP_NATIONAL = Pattern.compile("[2-9][0-9]{9}");

  private PhoneNumbers() {}

  /**
   * Parses a caller's spelling of a NANP number.
   *
   * @return the number, or empty when the text is not a valid NANP number
   */
  public static Optional<NanpNumber> parse(String text) {
    if (text == null || !ALLOWED.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    String digits = trimmed.replaceAll("[^0-9]", "");
    boolean plus = trimmed.startsWith("+");
    boolean countryCodeGiven = digits.length() == 11 && digits.charAt(0) == '1';
    if (plus ? !countryCodeGiven : !(digits.length() == 10 || countryCodeGiven)) {
      return Optional.empty();
    }
    PhoneNumber parsed;
    try {
      parsed = UTIL.parse(plus ? trimmed : "+1" + digits.substring(digits.length() - 10), "US");
    } catch (NumberParseException e) {
      return Optional.empty();
    }
    String national = String.valueOf(parsed.getNationalNumber());
    if (parsed.getCountryCode() != 1
        || !national.equals(digits.substring(digits.length() - 10))
        || !NANP_NATIONAL.matcher(national).matches()
        || isServiceCode(national)) {
      return Optional.empty();
    }
    return Optional.of(new NanpNumber(national));
  }

  /**
   * Reads a number the upstream sent: 10 digits, or 11 with the country code 1.
   *
   * @return the number, or empty when the digits are not a NANP number
   */
  public static Optional<NanpNumber> fromUpstream(String digits) {
    if (digits == null) {
      return Optional.empty();
    }
    String national =
        digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    if (!NANP_NATIONAL.matcher(national).matches()) {
      return Optional.empty();
    }
    return Optional.of(new NanpNumber(national));
  }

  // N11 codes (211, 311, ... 911) are service codes, never area codes.
  private static boolean isServiceCode(String national) {
    return national.charAt(1) == '1' && national.charAt(2) == '1';
  }
}
