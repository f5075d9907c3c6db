package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A timestamp with second precision, written as RFC 3339 in UTC ({@code 2024-05-01T10:00:00Z}),
 * like apimachinery's {@code metav1.Time}. Any RFC 3339 timestamp is accepted on input (any
 * offset, any number of fraction digits, {@code t}/{@code z} in either case); fractions of a second
 * are dropped, as the API server does. Seconds and the offset are required.
 */
public final class Time implements Comparable<Time> {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** RFC 3339 {@code date-time}: unlike ISO_OFFSET_DATE_TIME, seconds are required and offsets are {@code Z} or {@code +hh:mm}. */
  private static final DateTimeFormatter RFC3339 = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart()
      .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
      .optionalEnd()
      .appendOffset("+HH:MM", "Z")
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(IsoChronology.INSTANCE);

  private final Instant instant;

  private Time(Instant instant) {
    this.instant = instant.truncatedTo(ChronoUnit.SECONDS);
  }

  public static Time of(Instant instant) {
    return new Time(Objects.requireNonNull(instant, "instant"));
  }

  public static Time now() {
    return of(Instant.now());
  }

  /** Parses RFC 3339 text; throws {@link IllegalArgumentException} naming the text otherwise. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Time parse(String text) {
    return new Time(parseInstant(text, "Time"));
  }

  static Instant parseInstant(String text, String what) {
    Objects.requireNonNull(text, "text");
    try {
      return OffsetDateTime.parse(withAtMostNineFractionDigits(text), RFC3339).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          what + " '" + text + "' is not an RFC 3339 timestamp such as 2024-05-01T10:00:00Z", e);
    }
  }

  /** Go reads any number of fraction digits and ignores those past nanoseconds; so do we. */
  private static String withAtMostNineFractionDigits(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      return text;
    }
    int end = dot + 1;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end - dot - 1 > 9 ? text.substring(0, dot + 10) + text.substring(end) : text;
  }

  public Instant toInstant() {
    return instant;
  }

  @JsonValue
  @Override
  public String toString() {
    return FORMAT.format(instant);
  }

  @Override
  public int compareTo(Time other) {
    return instant.compareTo(other.instant);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Time other && instant.equals(other.instant);
  }

  @Override
  public int hashCode() {
    return instant.hashCode();
  }
}
