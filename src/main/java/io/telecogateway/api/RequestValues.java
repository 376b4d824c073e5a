package io.telecogateway.api;

import io.telecogateway.phone.NanpNumber;
import io.telecogateway.phone.PhoneNumbers;
import io.telecogateway.problem.ApiException;
import io.telecogateway.problem.ErrorCode;

/**
 * Converts request values that Bean Validation has already checked. The checks here repeat the
 * constraints, so that a value reaching the upstream client is always well formed even where a
 * constraint was forgotten.
 */
public final class RequestValues {

  /** The violation message of a required body that is missing or JSON {@code null}. */
  public static final String BODY_REQUIRED = "a JSON body is required";

  private RequestValues() {}

  /** Parses an id checked by {@link PositiveInteger}. */
  public static long id(String field, String text) {
    long value = text == null ? -1 : PositiveInteger.Validator.parse(text, Long.MAX_VALUE);
    if (value < 1) {
      throw ApiException.invalidField(
          ErrorCode.INVALID_REQUEST, field, field + " '" + text + "' must be a positive integer");
    }
    return value;
  }

  /** Parses a number checked by {@link NanpPhoneNumber}. */
  public static NanpNumber phone(String field, String text) {
    return PhoneNumbers.parse(text)
        .orElseThrow(
            () ->
                ApiException.invalidField(
                    ErrorCode.INVALID_PHONE_NUMBER,
                    field,
                    field + " '" + text + "' is not a valid NANP number"));
  }
}
