package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A timestamp with microsecond precision, written as RFC 3339 in UTC with six fraction digits
 * ({@code 2024-05-01T10:00:00.123456Z}), like apimachinery's {@code metav1.MicroTime} (used by
 * Lease and Event).
 */
public final class MicroTime implements Comparable<MicroTime> {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Instant instant;

  private MicroTime(Instant instant) {
    this.instant = instant.truncatedTo(ChronoUnit.MICROS);
  }

  public static MicroTime of(Instant instant) {
    return new MicroTime(Objects.requireNonNull(instant, "instant"));
  }

  public static MicroTime now() {
    return of(Instant.now());
  }

  /** Parses RFC 3339 text; throws {@link IllegalArgumentException} naming the text otherwise. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MicroTime parse(String text) {
    return new MicroTime(Time.parseInstant(text, "MicroTime"));
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
  public int compareTo(MicroTime other) {
    return instant.compareTo(other.instant);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MicroTime other && instant.equals(other.instant);
  }

  @Override
  public int hashCode() {
    return instant.hashCode();
  }
}
