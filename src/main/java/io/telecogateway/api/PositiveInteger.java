package io.telecogateway.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A text that is a positive integer written in decimal digits, from 1 to {@link #max()}. Ids are
 * taken as text, so that bodies may send them as strings or as JSON numbers, and so that a path or
 * query parameter that is not a number is a 400 naming the parameter rather than JAX-RS's 404. Null
 * is valid; combine with {@code @NotNull} where the value is required.
 */
@Documented
@Constraint(validatedBy = PositiveInteger.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PositiveInteger {

  String message() default "must be a positive integer";

  /** The largest accepted value. */
  long max() default Long.MAX_VALUE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text against {@link PositiveInteger}. */
  class Validator implements ConstraintValidator<PositiveInteger, CharSequence> {

    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,18}");

    private long max;

    @Override
    public void initialize(PositiveInteger annotation) {
      this.max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || parse(value.toString(), max) > 0;
    }

    /** Returns the value, or -1 when the text is not an integer from 1 to {@code max}. */
    static long parse(String text, long max) {
      if (!DIGITS.matcher(text).matches()) {
        return -1;
      }
      try {
        long value = Long.parseLong(text);
        return value <= max ? value : -1;
      } catch (NumberFormatException e) {
        // Nineteen digits above Long.MAX_VALUE: too large to be an id.
        return -1;
      }
    }
  }
}
