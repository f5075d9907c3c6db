package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntOrStringTest {

  @Test
  void holdsAnIntOrAString() {
    IntOrString i = IntOrString.of(8080);
    assertTrue(i.isInt());
    assertFalse(i.isString());
    assertEquals(8080, i.intValue());
    assertEquals("8080", i.toString());
    assertEquals("IntOrString holds the integer 8080, not a string",
        assertThrows(IllegalStateException.class, i::strValue).getMessage());

    IntOrString s = IntOrString.of("http");
    assertTrue(s.isString());
    assertEquals("http", s.strValue());
    assertEquals("http", s.toString());
    assertEquals("IntOrString holds the string \"http\", not an integer",
        assertThrows(IllegalStateException.class, s::intValue).getMessage());
  }

  @Test
  void anIntAndItsTextAreDifferentValues() {
    assertNotEquals(IntOrString.of(5), IntOrString.of("5"));
    assertEquals(IntOrString.of(5), IntOrString.of(5));
    assertEquals(IntOrString.of(5).hashCode(), IntOrString.of(5).hashCode());
    assertEquals(IntOrString.of("5"), IntOrString.of("5"));
    assertEquals(IntOrString.of("5").hashCode(), IntOrString.of("5").hashCode());
  }

  @Test
  void parseTriesAnIntFirst() {
    assertEquals(IntOrString.of(42), IntOrString.parse("42"));
    assertEquals(IntOrString.of(-1), IntOrString.parse("-1"));
    assertEquals(IntOrString.of("25%"), IntOrString.parse("25%"));
    assertEquals(IntOrString.of("3000000000"), IntOrString.parse("3000000000"));
  }

  @ParameterizedTest
  @CsvSource({
      "5, 10, true, 5", "5, 10, false, 5",
      "'25%', 10, true, 3", "'25%', 10, false, 2",
      "'50%', 10, true, 5", "'50%', 10, false, 5",
      "'0%', 10, true, 0", "'100%', 7, false, 7",
      "'33%', 3, true, 1", "'33%', 3, false, 0",
      "'150%', 4, false, 6", "'-25%', 10, false, -3", "'-25%', 10, true, -2",
      "'+10%', 100, false, 10",
  })
  void scalesPercentagesLikeClientGo(String value, int total, boolean roundUp, int expected) {
    assertEquals(expected, IntOrString.parse(value).scaledValue(total, roundUp));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "10", "%", "1.5%", "x%", ""})
  void rejectsStringsThatAreNotPercentages(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IntOrString.of(value).scaledValue(10, true));
    assertTrue(e.getMessage().contains("\"" + value + "\""), e.getMessage());
  }

  @Test
  void plainObjectMapperKeepsTheJsonType() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    IntOrString i = mapper.readValue("8080", IntOrString.class);
    assertEquals(IntOrString.of(8080), i);
    assertEquals("8080", mapper.writeValueAsString(i));
    IntOrString s = mapper.readValue("\"8080\"", IntOrString.class);
    assertEquals(IntOrString.of("8080"), s);
    assertEquals("\"8080\"", mapper.writeValueAsString(s));
    assertEquals("\"25%\"", mapper.writeValueAsString(mapper.readValue("\"25%\"", IntOrString.class)));
    assertThrows(Exception.class, () -> mapper.readValue("1.5", IntOrString.class));
    assertThrows(Exception.class, () -> mapper.readValue("3000000000", IntOrString.class));
  }
}
