package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** metav1.Time and metav1.MicroTime: RFC 3339 in, UTC out, seconds or microseconds kept. */
class TimeTest {

  @ParameterizedTest
  @CsvSource({
      "2024-05-01T10:00:00Z, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.000000Z",
      "2024-05-01T10:00:00.999999999Z, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.999999Z",
      "2024-05-01T10:00:00.5Z, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.500000Z",
      "2024-05-01T10:00:00.123456Z, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.123456Z",
      "2024-05-01T10:00:00.1234567Z, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.123456Z",
      "2024-05-01T10:00:00.123456789012Z, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.123456Z",
      "2024-05-01T12:30:00+02:30, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.000000Z",
      "2024-05-01T05:00:00-05:00, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.000000Z",
      "2024-05-01T00:30:00+01:00, 2024-04-30T23:30:00Z, 2024-04-30T23:30:00.000000Z",
      "2024-12-31T23:59:59-01:00, 2025-01-01T00:59:59Z, 2025-01-01T00:59:59.000000Z",
      "2024-02-29T23:00:00-02:00, 2024-03-01T01:00:00Z, 2024-03-01T01:00:00.000000Z",
      "2000-02-29T00:00:00Z, 2000-02-29T00:00:00Z, 2000-02-29T00:00:00.000000Z",
      "1969-12-31T23:59:59.5Z, 1969-12-31T23:59:59Z, 1969-12-31T23:59:59.500000Z",
      "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z, 0001-01-01T00:00:00.000000Z",
      "2024-05-01t10:00:00z, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.000000Z",
      "2024-05-01T10:00:00+00:00, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.000000Z",
      "2024-05-01T10:00:00-00:00, 2024-05-01T10:00:00Z, 2024-05-01T10:00:00.000000Z",
  })
  void parsesAnyRfc3339AndWritesUtc(String input, String time, String microTime) {
    assertEquals(time, Time.parse(input).toString());
    assertEquals(microTime, MicroTime.parse(input).toString());
    assertEquals(Time.parse(time), Time.parse(input));
    assertEquals(MicroTime.parse(microTime), MicroTime.parse(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024-05-01", "2024-05-01T10:00Z", "2024-05-01T10:00:00", "2024-05-01 10:00:00Z",
      "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-04-31T00:00:00Z", "2024-05-01T24:00:00Z",
      "2024-05-01T23:59:60Z", "2024-05-01T10:00:00.Z", "2024-05-01T10:00:00+0200", "2024-05-01T10:00:00+02", "2024-05-01T10:00:00+02:00:30",
      "2024-05-01T10:00:00 Z", " 2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z ", "1714557600", "yesterday",
      "2024-5-01T10:00:00Z", "2024-05-01T10:00:00.12a3Z"})
  void rejectsWhatIsNotRfc3339(String input) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Time.parse(input));
    assertEquals("Time '" + input + "' is not an RFC 3339 timestamp such as 2024-05-01T10:00:00Z", e.getMessage());
    IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> MicroTime.parse(input));
    assertTrue(m.getMessage().startsWith("MicroTime '" + input + "' is not an RFC 3339 timestamp"), m.getMessage());
  }

  @Test
  void truncatesToThePrecisionItKeeps() {
    Instant instant = Instant.parse("2024-05-01T10:00:00.123456789Z");
    assertEquals(Instant.parse("2024-05-01T10:00:00Z"), Time.of(instant).toInstant());
    assertEquals(Instant.parse("2024-05-01T10:00:00.123456Z"), MicroTime.of(instant).toInstant());
    assertEquals(Time.of(Instant.parse("2024-05-01T10:00:00Z")), Time.of(instant));
    assertTrue(Time.parse("2024-05-01T10:00:01Z").compareTo(Time.parse("2024-05-01T10:00:00.999Z")) > 0);
    assertTrue(MicroTime.parse("2024-05-01T10:00:00.000002Z").compareTo(MicroTime.parse("2024-05-01T10:00:00.000001Z")) > 0);
    // before the epoch, truncation goes towards the past, as Go's time.Truncate does
    assertEquals("1969-12-31T23:59:59Z", Time.of(Instant.parse("1969-12-31T23:59:59.9Z")).toString());
  }

  @Test
  void plainObjectMapperReadsAndWritesTheText() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(Time.parse("2024-05-01T10:00:00Z"), mapper.readValue("\"2024-05-01T12:00:00+02:00\"", Time.class));
    assertEquals("\"2024-05-01T10:00:00Z\"", mapper.writeValueAsString(Time.parse("2024-05-01T10:00:00.7Z")));
    assertEquals("\"2024-05-01T10:00:00.700000Z\"",
        mapper.writeValueAsString(mapper.readValue("\"2024-05-01T10:00:00.7Z\"", MicroTime.class)));
    Exception e = assertThrows(Exception.class, () -> mapper.readValue("\"2024-05-01\"", Time.class));
    assertTrue(e.getMessage().contains("Time '2024-05-01' is not an RFC 3339 timestamp"), e.getMessage());
  }
}
