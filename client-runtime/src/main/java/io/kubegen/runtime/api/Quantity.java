package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of a resource, apimachinery's {@code resource.Quantity}: {@code 500m} CPU,
 * {@code 1536Mi} of memory, {@code 1e3} of anything. Immutable; the value is an exact decimal,
 * never a floating-point number.
 *
 * <p>Text is {@code <sign?><digits>[.<digits>]<suffix>} where the suffix is binary ({@code Ki Mi
 * Gi Ti Pi Ei}, powers of 1024), decimal ({@code n u m "" k M G T P E}) or a decimal exponent
 * ({@code e3}, {@code E-3}). Parsing follows {@code resource.ParseQuantity}: values are rounded
 * up (away from zero) to a whole number of nano units ({@code 0.1n} becomes {@code 1n}), binary
 * values above 2^63-1 are capped, and the suffix family is remembered as the {@link Format}.
 *
 * <p>{@link #toString()} (also the JSON form) is what the API server's {@code Quantity.String()}
 * writes: the canonical form in the remembered format, i.e. the largest suffix that leaves an
 * integer mantissa ({@code 1.5Gi} → {@code 1536Mi}, {@code 0.5} → {@code 500m}, {@code 1000m} →
 * {@code 1}, {@code 1.5e3} → {@code 1500}); binary values between -1024 and 1024 or with a
 * fraction are written in decimal. Like apimachinery, text that its fast parser already
 * considers canonical is kept as written, so {@code +1}, {@code 1E3} and {@code 12E-3} come back
 * unchanged. One deliberate difference: decimal values beyond the {@code E} suffix (10^21 and
 * more), which apimachinery would print wrongly, are written with an exponent ({@code 1e21}).
 *
 * <p>{@link #equals(Object)}, {@link #hashCode()} and {@link #compareTo(Quantity)} are
 * <em>numeric</em>: {@code 1000m} equals {@code 1}, {@code 1Ki} equals {@code 1024}; the format is
 * ignored, as in apimachinery's {@code Quantity.Equal}.
 */
public final class Quantity implements Comparable<Quantity> {

  /** The suffix family a quantity is written in. */
  public enum Format {
    /** Powers of 1024: {@code Ki Mi Gi Ti Pi Ei}. */
    BINARY_SI,
    /** Powers of 1000: {@code n u m "" k M G T P E}. */
    DECIMAL_SI,
    /** A power of ten written as {@code e<n>}: {@code 12e6}. */
    DECIMAL_EXPONENT
  }

  private static final int NANO = -9;
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigInteger B1024 = BigInteger.valueOf(1024);
  private static final BigDecimal D1024 = BigDecimal.valueOf(1024);
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final String[] DECIMAL_SUFFIXES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
  /** Beyond this many integer digits, binary formatting is not attempted (it could not be exact anyway). */
  private static final int MAX_BINARY_DIGITS = 100;

  /** Zero, written {@code 0}. */
  public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI, "0");

  private final BigDecimal value;
  private final Format format;
  /** The text as apimachinery would print it; computed lazily unless the input was kept. */
  private String text;

  private Quantity(BigDecimal value, Format format, String text) {
    this.value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    this.format = format;
    this.text = text;
  }

  /**
   * Parses quantity text such as {@code 100m}, {@code 1.5Gi} or {@code 1e3}; throws
   * {@link IllegalArgumentException} naming the text and what is wrong otherwise. Surrounding
   * whitespace is an error here (JSON input is trimmed first, as the API server does).
   */
  public static Quantity of(String text) {
    Objects.requireNonNull(text, "text");
    return QuantityParser.parse(text);
  }

  /** Alias of {@link #of(String)}. */
  public static Quantity parse(String text) {
    return of(text);
  }

  /**
   * A quantity of exactly {@code value} (rounded up, away from zero, to a whole number of nano
   * units), written in {@code format}.
   */
  public static Quantity of(BigDecimal value, Format format) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(format, "format");
    return new Quantity(roundToNano(value), format, null);
  }

  /** A whole quantity: {@code of(2, BINARY_SI)} is {@code 2}, {@code of(2048, BINARY_SI)} is {@code 2Ki}. */
  public static Quantity of(long value, Format format) {
    return of(BigDecimal.valueOf(value), format);
  }

  /** A quantity of {@code milliValue / 1000}: {@code ofMilli(1500, DECIMAL_SI)} is {@code 1500m}. */
  public static Quantity ofMilli(long milliValue, Format format) {
    return of(BigDecimal.valueOf(milliValue, 3), format);
  }

  /**
   * The JSON reader's entry: {@link #of(String)} on the literal text of a JSON string or number
   * ({@code "1.5Gi"}, {@code 1.5}, {@code 1e3}), after trimming whitespace as the API server does.
   * The parameter is a {@link StringBuilder} because that is what makes Jackson 2 and 3 hand over
   * a number's text unchanged rather than a {@code double}.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Quantity fromJson(StringBuilder text) {
    return of(text.toString().strip());
  }

  static Quantity parsed(BigDecimal value, Format format, String keptText) {
    return new Quantity(value, format, keptText);
  }

  /** The exact value. */
  public BigDecimal toBigDecimal() {
    return value;
  }

  public Format format() {
    return format;
  }

  /** The value rounded up, away from zero, to a whole number; {@link ArithmeticException} if it does not fit a long. */
  public long value() {
    return scaledLong(value);
  }

  /** The value in thousandths, rounded up away from zero: {@code 1.5} gives 1500, {@code 0.1m} gives 1. */
  public long milliValue() {
    return scaledLong(value.movePointRight(3));
  }

  private long scaledLong(BigDecimal v) {
    if (v.compareTo(LONG_MAX) > 0 || v.compareTo(LONG_MIN) < 0) {
      throw new ArithmeticException("quantity " + this + " does not fit in a long");
    }
    return v.setScale(0, RoundingMode.UP).longValueExact();
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  /** -1, 0 or 1. */
  public int signum() {
    return value.signum();
  }

  /**
   * The exact sum. Like apimachinery's {@code Add}, the result keeps this quantity's format,
   * unless this quantity is zero, in which case it takes {@code other}'s.
   */
  public Quantity add(Quantity other) {
    Objects.requireNonNull(other, "other");
    return new Quantity(value.add(other.value), isZero() ? other.format : format, null);
  }

  /** The exact difference; the format is chosen as for {@link #add(Quantity)}. */
  public Quantity subtract(Quantity other) {
    Objects.requireNonNull(other, "other");
    return new Quantity(value.subtract(other.value), isZero() ? other.format : format, null);
  }

  public Quantity negate() {
    return new Quantity(value.negate(), format, null);
  }

  /** The same value written in another format. */
  public Quantity withFormat(Format format) {
    Objects.requireNonNull(format, "format");
    return format == this.format ? this : new Quantity(value, format, null);
  }

  /** Numeric comparison, whatever the formats: {@code 1Gi > 1G}, {@code 1000m == 1}. */
  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(other.value);
  }

  /** Numeric equality (the format is ignored): {@code 1000m} equals {@code 1}. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The text apimachinery's {@code Quantity.String()} gives; also the JSON form. */
  @JsonValue
  @Override
  public String toString() {
    String s = text;
    if (s == null) {
      s = canonical(value, format);
      text = s;
    }
    return s;
  }

  private static BigDecimal roundToNano(BigDecimal v) {
    if (v.signum() != 0 && v.scale() > -NANO) {
      return v.setScale(-NANO, RoundingMode.UP);
    }
    return v;
  }

  /** apimachinery's CanonicalizeBytes, on an exact decimal. */
  static String canonical(BigDecimal value, Format format) {
    if (value.signum() == 0) {
      return "0";
    }
    if (format == Format.BINARY_SI) {
      BigDecimal abs = value.abs();
      if (abs.compareTo(D1024) < 0
          || abs.precision() - abs.scale() > MAX_BINARY_DIGITS
          || value.stripTrailingZeros().scale() > 0) {
        format = Format.DECIMAL_SI;
      } else {
        return binary(value.toBigIntegerExact());
      }
    }
    BigDecimal stripped = value.stripTrailingZeros();
    BigInteger mantissa = stripped.unscaledValue();
    long exponent = -(long) stripped.scale();
    long rem = exponent % 3;
    if (rem != 0) {
      // move the exponent down to the next multiple of three
      long shift = rem > 0 ? rem : rem + 3;
      mantissa = mantissa.multiply(BigInteger.TEN.pow((int) shift));
      exponent -= shift;
    }
    String number = mantissa.toString();
    if (format == Format.DECIMAL_SI && exponent >= -9 && exponent <= 18) {
      return number + DECIMAL_SUFFIXES[(int) (exponent + 9) / 3];
    }
    return exponent == 0 ? number : number + "e" + exponent;
  }

  private static String binary(BigInteger v) {
    int times = 0;
    BigInteger m = v;
    while (times < BINARY_SUFFIXES.length - 1) {
      BigInteger[] qr = m.divideAndRemainder(B1024);
      if (qr[1].signum() != 0) {
        break;
      }
      m = qr[0];
      times++;
    }
    return m + BINARY_SUFFIXES[times];
  }
}
