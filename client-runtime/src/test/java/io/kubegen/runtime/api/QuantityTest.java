package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubegen.runtime.api.Quantity.Format;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expectations from apimachinery's quantity_test.go (TestQuantityParse, TestQuantityString,
 * TestQuantityParseEmit, TestNewSet, ...), restated as tables.
 */
class QuantityTest {

  private static BigDecimal dec(String unscaled, int exponent) {
    return new BigDecimal(unscaled).scaleByPowerOfTen(exponent);
  }

  /** input, unscaled value, base-10 exponent, format (TestQuantityParse). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "0, 0, 0, DECIMAL_SI",
      "0n, 0, 0, DECIMAL_SI",
      "0u, 0, 0, DECIMAL_SI",
      "0m, 0, 0, DECIMAL_SI",
      "0Ki, 0, 0, BINARY_SI",
      "0k, 0, 0, DECIMAL_SI",
      "0Mi, 0, 0, BINARY_SI",
      "0M, 0, 0, DECIMAL_SI",
      "0Gi, 0, 0, BINARY_SI",
      "0G, 0, 0, DECIMAL_SI",
      "0Ti, 0, 0, BINARY_SI",
      "0T, 0, 0, DECIMAL_SI",
      "1, 1, 0, DECIMAL_SI",
      "1Ki, 1024, 0, BINARY_SI",
      "8Ki, 8192, 0, BINARY_SI",
      "7Mi, 7340032, 0, BINARY_SI",
      "6Gi, 6442450944, 0, BINARY_SI",
      "5Ti, 5497558138880, 0, BINARY_SI",
      "4Pi, 4503599627370496, 0, BINARY_SI",
      "3Ei, 3458764513820540928, 0, BINARY_SI",
      "10Ti, 10995116277760, 0, BINARY_SI",
      "100Ti, 109951162777600, 0, BINARY_SI",
      "5n, 5, -9, DECIMAL_SI",
      "4u, 4, -6, DECIMAL_SI",
      "3m, 3, -3, DECIMAL_SI",
      "9, 9, 0, DECIMAL_SI",
      "8k, 8, 3, DECIMAL_SI",
      "50k, 5, 4, DECIMAL_SI",
      "7M, 7, 6, DECIMAL_SI",
      "6G, 6, 9, DECIMAL_SI",
      "5T, 5, 12, DECIMAL_SI",
      "40T, 4, 13, DECIMAL_SI",
      "300T, 3, 14, DECIMAL_SI",
      "2P, 2, 15, DECIMAL_SI",
      "1E, 1, 18, DECIMAL_SI",
      "1E-3, 1, -3, DECIMAL_EXPONENT",
      "1e3, 1, 3, DECIMAL_EXPONENT",
      "1E6, 1, 6, DECIMAL_EXPONENT",
      "1e9, 1, 9, DECIMAL_EXPONENT",
      "1E12, 1, 12, DECIMAL_EXPONENT",
      "1e15, 1, 15, DECIMAL_EXPONENT",
      "1E18, 1, 18, DECIMAL_EXPONENT",
      "1e14, 1, 14, DECIMAL_EXPONENT",
      "1e13, 1, 13, DECIMAL_EXPONENT",
      "100.035k, 100035, 0, DECIMAL_SI",
      "0.001, 1, -3, DECIMAL_SI",
      "0.0005k, 5, -1, DECIMAL_SI",
      "0.005, 5, -3, DECIMAL_SI",
      "0.05, 5, -2, DECIMAL_SI",
      "0.5, 5, -1, DECIMAL_SI",
      "0.00050k, 5, -1, DECIMAL_SI",
      "0.00500, 5, -3, DECIMAL_SI",
      "0.05000, 5, -2, DECIMAL_SI",
      "0.50000, 5, -1, DECIMAL_SI",
      "0.5e0, 5, -1, DECIMAL_EXPONENT",
      "0.5e-1, 5, -2, DECIMAL_EXPONENT",
      "0.5e-2, 5, -3, DECIMAL_EXPONENT",
      "10.035M, 10035, 3, DECIMAL_SI",
      "1.2e3, 12, 2, DECIMAL_EXPONENT",
      "1.3E+6, 13, 5, DECIMAL_EXPONENT",
      "1.40e9, 14, 8, DECIMAL_EXPONENT",
      "1.53E12, 153, 10, DECIMAL_EXPONENT",
      "1.6e15, 16, 14, DECIMAL_EXPONENT",
      "1.7E18, 17, 17, DECIMAL_EXPONENT",
      "9.01, 901, -2, DECIMAL_SI",
      "8.1k, 81, 2, DECIMAL_SI",
      "7.123456M, 7123456, 0, DECIMAL_SI",
      "6.987654321G, 6987654321, 0, DECIMAL_SI",
      "5.444T, 5444, 9, DECIMAL_SI",
      "40.1T, 401, 11, DECIMAL_SI",
      "300.2T, 3002, 11, DECIMAL_SI",
      "2.5P, 25, 14, DECIMAL_SI",
      "1.01E, 101, 16, DECIMAL_SI",
      // things that saturate or round up
      "3.001n, 4, -9, DECIMAL_SI",
      "1.1E-9, 2, -9, DECIMAL_EXPONENT",
      "0.0000000001, 1, -9, DECIMAL_SI",
      "0.0000000005, 1, -9, DECIMAL_SI",
      "0.00000000050, 1, -9, DECIMAL_SI",
      "0.5e-9, 1, -9, DECIMAL_EXPONENT",
      "0.9n, 1, -9, DECIMAL_SI",
      "0.00000012345, 124, -9, DECIMAL_SI",
      "0.00000012354, 124, -9, DECIMAL_SI",
      "9Ei, 9223372036854775807, 0, BINARY_SI",
      "9223372036854775807Ki, 9223372036854775807, 0, BINARY_SI",
      "12E, 12, 18, DECIMAL_SI",
      // fractional binary
      "100.035Ki, 10243584, -2, BINARY_SI",
      "0.5Mi, 524288, 0, BINARY_SI",
      "0.05Gi, 536870912, -1, BINARY_SI",
      "0.025Ti, 274877906944, -1, BINARY_SI",
      // "things written by trolls"
      "0.000000000001Ki, 2, -9, DECIMAL_SI",
      ".001, 1, -3, DECIMAL_SI",
      ".0001k, 100, -3, DECIMAL_SI",
      "1., 1, 0, DECIMAL_SI",
      "1.G, 1, 9, DECIMAL_SI",
  })
  void parsesLikeApimachinery(String input, String unscaled, int exponent, Format format) {
    BigDecimal expected = dec(unscaled, exponent);

    Quantity q = Quantity.of(input);
    assertEquals(0, expected.compareTo(q.toBigDecimal()), () -> input + " gave " + q.toBigDecimal());
    assertEquals(format, q.format(), input);

    Quantity negative = Quantity.of("-" + input);
    assertEquals(0, expected.negate().compareTo(negative.toBigDecimal()), "-" + input);
    assertEquals(format, negative.format(), "-" + input);

    Quantity plus = Quantity.of("+" + input);
    assertEquals(0, expected.compareTo(plus.toBigDecimal()), "+" + input);
    assertEquals(format, plus.format(), "+" + input);

    // whatever the input, the printed form reads back as the same value
    assertEquals(q, Quantity.of(q.toString()), input + " printed as " + q);
    assertEquals(negative, Quantity.of(negative.toString()), "-" + input + " printed as " + negative);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i", "-3.01e-",
      " 1", "1 ", "", "1e", "1Ki5", "1EE3", "1e3e", "1KiB", "1k1", "0x10", "1,5", "--1", "1e99999"})
  void rejectsMalformedText(String input) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.of(input));
    assertTrue(e.getMessage().contains("\"" + input + "\""), e.getMessage());
  }

  @Test
  void errorMessagesSayWhatIsWrong() {
    assertEquals("quantity \"1i\" has an unknown suffix \"i\"; expected Ki, Mi, Gi, Ti, Pi, Ei, n, u, m, k, M,"
            + " G, T, P, E or an exponent such as e3",
        assertThrows(IllegalArgumentException.class, () -> Quantity.of("1i")).getMessage());
    assertEquals("quantity \"1.1.M\" is not a number with an optional suffix (such as 100m, 1.5Gi or 1e3):"
            + " unexpected '.' at position 3",
        assertThrows(IllegalArgumentException.class, () -> Quantity.of("1.1.M")).getMessage());
    assertEquals("quantity \"\" is empty; expected a number such as 100m, 1.5Gi or 1e3",
        assertThrows(IllegalArgumentException.class, () -> Quantity.of("")).getMessage());
  }

  /**
   * value (unscaled, exponent), format, expected String(), an alternate spelling that prints the
   * same (TestQuantityString).
   */
  @ParameterizedTest(name = "{3}")
  @CsvSource({
      "1073741824, 0, BINARY_SI, 1Gi, 1024Mi",
      "314572800, 0, BINARY_SI, 300Mi, 307200Ki",
      "6144, 0, BINARY_SI, 6Ki, ''",
      "1074815565824, 0, BINARY_SI, 1001Gi, 1025024Mi",
      "1099511627776, 0, BINARY_SI, 1Ti, 1024Gi",
      "5, 0, BINARY_SI, 5, 5000m",
      "500, -3, BINARY_SI, 500m, 0.5",
      "1, 9, DECIMAL_SI, 1G, 1000M",
      "1000, 6, DECIMAL_SI, 1G, 0.001T",
      "1000000, 3, DECIMAL_SI, 1G, ''",
      "1000000000, 0, DECIMAL_SI, 1G, ''",
      "1, -3, DECIMAL_SI, 1m, 1000u",
      "80, -3, DECIMAL_SI, 80m, ''",
      "1080, -3, DECIMAL_SI, 1080m, 1.08",
      "108, -2, DECIMAL_SI, 1080m, 1080000000n",
      "10800, -4, DECIMAL_SI, 1080m, ''",
      "300, 6, DECIMAL_SI, 300M, ''",
      "1, 12, DECIMAL_SI, 1T, ''",
      "1234567, 6, DECIMAL_SI, 1234567M, ''",
      "1234567, -3, BINARY_SI, 1234567m, ''",
      "3, 3, DECIMAL_SI, 3k, ''",
      "1025, 0, BINARY_SI, 1025, ''",
      "0, 0, DECIMAL_SI, 0, ''",
      "0, 0, BINARY_SI, 0, ''",
      "1, 9, DECIMAL_EXPONENT, 1e9, .001e12",
      "1, -3, DECIMAL_EXPONENT, 1e-3, 0.001e0",
      "1, -9, DECIMAL_EXPONENT, 1e-9, 1000e-12",
      "80, -3, DECIMAL_EXPONENT, 80e-3, ''",
      "300, 6, DECIMAL_EXPONENT, 300e6, ''",
      "1, 12, DECIMAL_EXPONENT, 1e12, ''",
      "1, 3, DECIMAL_EXPONENT, 1e3, ''",
      "3, 3, DECIMAL_EXPONENT, 3e3, ''",
      "0, 0, DECIMAL_EXPONENT, 0, 00",
      "1, -9, DECIMAL_SI, 1n, ''",
      "80, -9, DECIMAL_SI, 80n, ''",
      "1080, -9, DECIMAL_SI, 1080n, ''",
      "108, -8, DECIMAL_SI, 1080n, ''",
      "10800, -10, DECIMAL_SI, 1080n, ''",
      "1, -6, DECIMAL_SI, 1u, ''",
      "80, -6, DECIMAL_SI, 80u, ''",
      "1080, -6, DECIMAL_SI, 1080u, ''",
  })
  void printsLikeApimachinery(String unscaled, int exponent, Format format, String expected, String alternate) {
    Quantity q = Quantity.of(dec(unscaled, exponent), format);
    assertEquals(expected, q.toString());
    assertEquals(expected, Quantity.of(expected).toString(), "canonical text reads back unchanged");
    if (!alternate.isEmpty()) {
      assertEquals(expected, Quantity.of(alternate).toString(), alternate);
    }
    if (!q.isZero()) {
      assertEquals("-" + expected, q.negate().toString());
    }
  }

  /** TestQuantityParseEmit, plus the examples this runtime documents. */
  @ParameterizedTest
  @CsvSource({
      "1Ki, 1Ki", "1Mi, 1Mi", "1Gi, 1Gi", "1024Mi, 1Gi", "1000M, 1G",
      ".001Ki, 1024m", ".000001Ki, 1024u", ".000000001Ki, 1024n", ".000000000001Ki, 2n",
      "1.5Gi, 1536Mi", "0.5, 500m", "1000m, 1", "100M, 100M", "1e3, 1e3", "1.5e3, 1500", "1.5, 1500m",
      "2048Ki, 2Mi", "1536Ki, 1536Ki", "0.5Ki, 512", "1.1Ki, 1126400m", "1e4, 10e3", "1e-4, 100e-6",
      "1000E, 1e21", "1e21, 1e21", "8Ei, 9223372036854775807", "100m, 100m", "0.1m, 100u", "0.1n, 1n",
  })
  void parsesAndPrints(String input, String expected) {
    assertEquals(expected, Quantity.of(input).toString(), input);
    if (!Quantity.of(input).isZero()) {
      assertEquals("-" + expected, Quantity.of("-" + input).toString(), "-" + input);
    }
  }

  /**
   * apimachinery keeps the input text as the printed form when its fast parser finds it
   * canonical enough; the API server therefore echoes these unchanged, and so do we.
   */
  @ParameterizedTest
  @ValueSource(strings = {"+1", "+1Ki", "01", "1E3", "12E-3", "1e+3", "1.500k", "-5m"})
  void keepsTextTheApiServerKeeps(String input) {
    assertEquals(input, Quantity.of(input).toString());
  }

  @Test
  void zeroIsAlwaysPrintedAsZero() {
    for (String s : new String[] {"0", "0Ki", "0m", "-0", "+0", "0.0", "00", "0e3", ".", "-.", "+", "-"}) {
      assertEquals("0", Quantity.of(s).toString(), s);
      assertTrue(Quantity.of(s).isZero(), s);
    }
  }

  /** TestNewSet and TestMilliNewSet. */
  @ParameterizedTest
  @CsvSource({
      "1, DECIMAL_SI, 1", "1000, DECIMAL_SI, 1k", "1234000, DECIMAL_SI, 1234k", "1024, BINARY_SI, 1Ki",
      "1000000, DECIMAL_EXPONENT, 1e6", "1048576, BINARY_SI, 1Mi",
  })
  void wholeValues(long value, Format format, String expected) {
    Quantity q = Quantity.of(value, format);
    assertEquals(expected, q.toString());
    assertEquals(value, Quantity.of(q.toString()).value());
  }

  @ParameterizedTest
  @CsvSource({
      "1, DECIMAL_SI, 1m", "1000, DECIMAL_SI, 1", "1234000, DECIMAL_SI, 1234", "1024, BINARY_SI, 1024m",
      "1000000, DECIMAL_EXPONENT, 1e3", "1048576, BINARY_SI, 1048576m",
  })
  void milliValues(long milli, Format format, String expected) {
    Quantity q = Quantity.ofMilli(milli, format);
    assertEquals(expected, q.toString());
    assertEquals(milli, Quantity.of(q.toString()).milliValue());
  }

  /** TestNewScaledSet: value * 10^scale in DecimalSI. */
  @ParameterizedTest
  @CsvSource({
      "1, -9, 1n", "1000, -9, 1u", "1, -6, 1u", "1000, -6, 1m", "1, -3, 1m", "1000, -3, 1", "1, 0, 1",
      "0, -9, 0", "0, -6, 0", "0, -3, 0", "0, 0, 0",
  })
  void scaledValues(long value, int scale, String expected) {
    assertEquals(expected, Quantity.of(BigDecimal.valueOf(value).scaleByPowerOfTen(scale), Format.DECIMAL_SI).toString());
  }

  @ParameterizedTest
  @CsvSource({
      "1n, 1, 1", "1u, 1, 1", "1m, 1, 1", "1, 1, 1000", "1.5, 2, 1500", "-1.5, -2, -1500", "-1n, -1, -1",
      "1.5Gi, 1610612736, 1610612736000", "0, 0, 0", "0.1m, 1, 1", "9Ei, 9223372036854775807, -1",
  })
  void valuesRoundUpAwayFromZero(String input, long value, long milli) {
    Quantity q = Quantity.of(input);
    assertEquals(value, q.value());
    if (milli >= 0 || input.startsWith("-")) {
      assertEquals(milli, q.milliValue());
    } else {
      assertThrows(ArithmeticException.class, q::milliValue);
    }
  }

  @Test
  void valueBeyondLongFailsInsteadOfWrapping() {
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> Quantity.of("100E").value());
    assertTrue(e.getMessage().contains("100E"), e.getMessage());
  }

  @Test
  void comparesNumerically() {
    assertEquals(0, Quantity.of("0").compareTo(Quantity.of("0")));
    assertTrue(Quantity.of("100m").compareTo(Quantity.of("50m")) > 0);
    assertTrue(Quantity.of("50m").compareTo(Quantity.of("100m")) < 0);
    assertTrue(Quantity.of("10000T").compareTo(Quantity.of("100Gi")) > 0);
    assertTrue(Quantity.of("1Gi").compareTo(Quantity.of("1G")) > 0);
    assertEquals(0, Quantity.of("1000m").compareTo(Quantity.of("1")));
  }

  @Test
  void equalityIsNumericAndIgnoresTheFormat() {
    assertEquals(Quantity.of("1000m"), Quantity.of("1"));
    assertEquals(Quantity.of("1000m").hashCode(), Quantity.of("1").hashCode());
    assertEquals(Quantity.of("1Ki"), Quantity.of("1024"));
    assertEquals(Quantity.of("1Ki").hashCode(), Quantity.of("1024").hashCode());
    assertEquals(Quantity.of("1e3"), Quantity.of("1k"));
    assertEquals(Quantity.of("0Ki"), Quantity.ZERO);
    assertEquals(Quantity.of("0Ki").hashCode(), Quantity.ZERO.hashCode());
    assertNotEquals(Quantity.of("1Gi"), Quantity.of("1G"));
  }

  /** TestAdd, TestSub and the "zero preserves the suffix" tests. */
  @Test
  void addsAndSubtractsExactly() {
    assertEquals("0", Quantity.of("10").subtract(Quantity.of("1e1")).toString());
    Quantity nine = Quantity.of("10").subtract(Quantity.of(1, Format.BINARY_SI));
    assertEquals(Format.DECIMAL_SI, nine.format());
    assertEquals("9", nine.toString());
    assertEquals(Format.BINARY_SI, Quantity.of(10, Format.BINARY_SI).subtract(Quantity.of("1")).format());
    assertEquals("-50", Quantity.ZERO.subtract(Quantity.of("50")).toString());
    assertEquals("1Gi", Quantity.of("512Mi").add(Quantity.of("512Mi")).toString());
    assertEquals("1100m", Quantity.of("1").add(Quantity.of("100m")).toString());
    assertEquals("3", Quantity.of("1").add(Quantity.of("2Ki")).subtract(Quantity.of("2046")).toString());
    for (String s : new String[] {"100m", "1Gi"}) {
      Quantity v = Quantity.of(s);
      assertEquals(s, v.add(Quantity.ZERO).toString());
      assertEquals(s, Quantity.ZERO.add(v).toString());
      assertEquals(s, v.subtract(Quantity.ZERO).toString());
      assertEquals(v.negate().toString(), Quantity.ZERO.subtract(v).toString());
    }
    assertEquals("-9010m", Quantity.of("9.01").negate().toString());
    assertEquals("-9010m", Quantity.of("-9.01").toString());
  }

  @Test
  void bigValuesStayExact() {
    Quantity big = Quantity.of("9Ei").add(Quantity.of("9Ei"));
    assertEquals(new BigDecimal("18446744073709551614"), big.toBigDecimal());
    assertEquals("18446744073709551614", big.toString());
    assertEquals("16Ei", Quantity.of("8Ei").withFormat(Format.BINARY_SI).add(Quantity.of("8Ei")).add(Quantity.of("2")).toString());
    assertEquals("2048Ei", Quantity.of(BigDecimal.valueOf(2).pow(71), Format.BINARY_SI).toString());
    assertEquals("123456789012345678901234567890", Quantity.of("123456789012345678901234567890").toString());
  }

  @Test
  void constructionRoundsUpToNano() {
    assertEquals("2n", Quantity.of(new BigDecimal("0.0000000011"), Format.DECIMAL_SI).toString());
    assertEquals("-2n", Quantity.of(new BigDecimal("-0.0000000011"), Format.DECIMAL_SI).toString());
    assertEquals("1500m", Quantity.of(new BigDecimal("1.5"), Format.BINARY_SI).toString());
  }

  @Test
  void plainObjectMapperReadsStringsAndNumbersAndWritesCanonicalText() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(Quantity.of("1536Mi"), mapper.readValue("\"1.5Gi\"", Quantity.class));
    assertEquals("\"1536Mi\"", mapper.writeValueAsString(mapper.readValue("\"1.5Gi\"", Quantity.class)));
    assertEquals("\"1500m\"", mapper.writeValueAsString(mapper.readValue("1.5", Quantity.class)));
    assertEquals("\"1e3\"", mapper.writeValueAsString(mapper.readValue("1e3", Quantity.class)));
    assertEquals("\"10\"", mapper.writeValueAsString(mapper.readValue("10", Quantity.class)));
    assertEquals("\"-1\"", mapper.writeValueAsString(mapper.readValue(" -1", Quantity.class)));
    assertEquals("\"12345678901234567890123\"",
        mapper.writeValueAsString(mapper.readValue("12345678901234567890123", Quantity.class)));
    // the API server trims whitespace inside the JSON string
    assertEquals("\"1\"", mapper.writeValueAsString(mapper.readValue("\" 1\"", Quantity.class)));
    assertEquals("\"1\"", mapper.writeValueAsString(mapper.readValue("\"1 \"", Quantity.class)));

    Map<String, Quantity> resources = mapper.readValue("{\"cpu\":\"500m\",\"memory\":\"1Gi\",\"gpu\":1}",
        new TypeReference<LinkedHashMap<String, Quantity>>() {});
    assertEquals("{\"cpu\":\"500m\",\"memory\":\"1Gi\",\"gpu\":\"1\"}", mapper.writeValueAsString(resources));

    Exception e = assertThrows(Exception.class, () -> mapper.readValue("\"1.1.M\"", Quantity.class));
    assertTrue(String.valueOf(e.getMessage()).contains("1.1.M"), e.getMessage());
  }
}
