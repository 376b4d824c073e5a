package io.telecogateway.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.telecogateway.phone.PhoneNumbers;
import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.ReportedAs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text that {@link PhoneNumbers#parse} accepts as a NANP number. A violation is reported with the
 * code {@code invalid_phone_number}. Null is valid; combine with {@code @NotNull} where the number
 * is required.
 */
@Documented
@Constraint(validatedBy = NanpPhoneNumber.Validator.class)
@ReportedAs(ErrorCode.INVALID_PHONE_NUMBER)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NanpPhoneNumber {

  String message() default "is not a valid NANP number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text with {@link PhoneNumbers#parse}. */
  class Validator implements ConstraintValidator<NanpPhoneNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || PhoneNumbers.parse(value.toString()).isPresent();
    }
  }
}
