package io.telecogateway.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Normalizes the provider's time texts to ISO-8601 UTC ({@code 2026-12-04T19:58:51Z}). The provider
 * documents {@code 2026-12-04T19:58:51.000Z}, but older responses of APIs of this style also used a
 * space before the time, a {@code UTC} suffix, offsets without a colon, or epoch seconds, and all
 * of those are read. A text that none of them fits is passed through unchanged, so that a new
 * format never fails a whole response.
 */
public final class Timestamps {

  private static final Logger LOG = Logger.getLogger(Timestamps.class);

  private static final DateTimeFormatter FLEXIBLE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendPattern("['T'][' ']")
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendLiteral("UTC")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]{9,11}");
  private static final Pattern EPOCH_MILLIS = Pattern.compile("[0-9]{12,14}");

  private Timestamps() {}

  /**
   * Returns the time as ISO-8601 UTC, or the text unchanged when it is not a recognized time. Null
   * stays null.
   */
  public static String toUtc(String text) {
    if (text == null) {
      return null;
    }
    Optional<Instant> instant = parse(text.strip());
    if (instant.isEmpty()) {
      LOG.debugf("Passing through a provider time that is not in a known format: %s", text);
      return text;
    }
    return DateTimeFormatter.ISO_INSTANT.format(instant.get());
  }

  static Optional<Instant> parse(String text) {
    try {
      if (EPOCH_SECONDS.matcher(text).matches()) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
      }
      if (EPOCH_MILLIS.matcher(text).matches()) {
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
      }
      TemporalAccessor parsed = FLEXIBLE.parse(text);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Optional.of(OffsetDateTime.from(parsed).toInstant());
      }
      // NOTE: a time without an offset is taken as UTC, the zone of the provider's documented form.
      return Optional.of(LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
