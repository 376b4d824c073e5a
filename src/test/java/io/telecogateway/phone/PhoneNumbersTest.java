package io.telecogateway.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2055550123       | 2055550123",
        "12055550123      | 2055550123",
        "+12055550123     | 2055550123",
        "(205) 555-0123   | 2055550123",
        "205.555.0123     | 2055550123",
        "+1 205 555 0123  | 2055550123",
        "1 (205) 555-0123 | 2055550123",
        "205-555-0123     | 2055550123",
        "5551234567       | 5551234567",
        "'  2055550123  ' | 2055550123"
      })
  void parseAcceptsNanpSpellings(String text, String national) {
    assertThat(PhoneNumbers.parse(text)).contains(new NanpNumber(national));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "+1 123 123 12321",
        "11234567890",
        "1234567890",
        "0205550123",
        "4115551234",
        "9115551234",
        "911",
        "205-555-CALL",
        "2O55550123",
        "+44 20 7946 0958",
        "+442079460958",
        "205555012",
        "205555012345",
        "+2055550123",
        "22055550123",
        "+1 205 555 01234",
        "205 555 0123 ext 4",
        "205/555/0123"
      })
  void parseRejectsInvalidNumbers(String text) {
    assertThat(PhoneNumbers.parse(text)).isEmpty();
  }

  @Test
  void parsedNumberFormatsForCallersAndTeleco() {
    NanpNumber number = PhoneNumbers.parse("(205) 555-0123").orElseThrow();

    assertThat(number.e164()).isEqualTo("+12055550123");
    assertThat(number.tenDigits()).isEqualTo("2055550123");
    assertThat(number.elevenDigits()).isEqualTo("12055550123");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"2055550123, 2055550123", "12055550199, 2055550199"})
  void fromUpstreamReadsTenAndElevenDigits(String digits, String national) {
    assertThat(PhoneNumbers.fromUpstream(digits)).contains(new NanpNumber(national));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @NullSource
  @ValueSource(strings = {"", "442079460958", "205555012", "22055550123", "+12055550123", "abc"})
  void fromUpstreamRejectsOtherText(String digits) {
    assertThat(PhoneNumbers.fromUpstream(digits)).isEmpty();
  }
}
