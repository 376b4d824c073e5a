package io.telecogateway.api.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The two value types of request bodies that Bean Validation checks with the gateway's own
 * constraints, {@code @PositiveInteger} and {@code @NanpPhoneNumber}. Request records refer to them
 * with {@code @Schema(ref = ...)}, which SmallRye cannot derive from those constraints.
 */
public final class RequestSchemas {

  /** A positive id, sent as a JSON string or integer. */
  public static final String ID = "Id";

  /** A NANP phone number in any spelling that the gateway accepts. */
  public static final String PHONE_NUMBER = "PhoneNumber";

  private RequestSchemas() {}

  static void register(Components components) {
    components.addSchema(
        ID,
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.INTEGER))
            .description(
                "A positive whole number from 1 to 9223372036854775807, as a JSON string or"
                    + " integer, without a sign, a decimal point or leading zeros. Responses send"
                    + " ids as strings.")
            .pattern("^[1-9][0-9]{0,18}$")
            .minimum(BigDecimal.ONE)
            .maximum(new BigDecimal(Long.MAX_VALUE))
            .examples(List.of("103", 103)));
    components.addSchema(
        PHONE_NUMBER,
        OASFactory.createSchema()
            .addType(Schema.SchemaType.STRING)
            .description(
                "A NANP number: 10 digits, or 11 starting with the country code 1, written with"
                    + " digits, spaces, parentheses, dots and dashes, and a leading + only as in"
                    + " +1 followed by 10 digits. The area code is [2-9]XX and not an N11 service"
                    + " code (211 to 911). Letters are rejected. Any other value is a 400"
                    + " invalid_phone_number naming the field. Responses show numbers in E.164.")
            .pattern("^\\s*\\+?[0-9 ().-]{10,25}\\s*$")
            .examples(List.of("(205) 555-0100", "+12055550100", "205.555.0177")));
  }
}
