package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A timestamp with second precision, written as RFC 3339 in UTC ({@code 2024-05-01T10:00:00Z}),
 * like apimachinery's {@code metav1.Time}. Any RFC 3339 form is accepted on input; fractions of a
 * second are dropped, as the API server does.
 */
public final class Time implements Comparable<Time> {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

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
  @JsonCreator
  public static Time parse(String text) {
    return new Time(parseInstant(text, "Time"));
  }

  static Instant parseInstant(String text, String what) {
    Objects.requireNonNull(text, "text");
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          what + " '" + text + "' is not an RFC 3339 timestamp such as 2024-05-01T10:00:00Z", e);
    }
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
