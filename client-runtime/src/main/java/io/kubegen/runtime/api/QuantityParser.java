package io.kubegen.runtime.api;

import io.kubegen.runtime.api.Quantity.Format;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * apimachinery's {@code ParseQuantity}, step by step: the same scanner (so the same inputs are
 * accepted, oddities such as {@code 1.} or {@code .5} included), the same exact fast path and
 * the same rule for keeping the input text as the printed form.
 */
final class QuantityParser {
  private static final String SUFFIX_CHARS = "eEinumkKMGTP";
  private static final int MAX_INT64_DIGITS = 18;
  private static final int NANO = -9;
  /** apimachinery wraps larger exponents around int32; we refuse them instead. */
  private static final int MAX_EXPONENT = 10_000;
  private static final BigDecimal MAX_BINARY = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final String EXPECTED_SUFFIX =
      "Ki, Mi, Gi, Ti, Pi, Ei, n, u, m, k, M, G, T, P, E or an exponent such as e3";

  private QuantityParser() {}

  private record Scan(boolean positive, String num, String denom, String suffix) {}

  private record Suffix(int base, int exponent, Format format) {}

  static Quantity parse(String str) {
    if (str.isEmpty()) {
      throw new IllegalArgumentException("quantity \"\" is empty; expected a number such as 100m, 1.5Gi or 1e3");
    }
    if (str.equals("0")) {
      return Quantity.ZERO;
    }
    Scan scan = scan(str);
    Suffix suffix = interpret(str, scan.suffix);
    String num = scan.num;
    String denom = scan.denom;

    long precision;
    long scale;
    long mantissa = 1;
    if (suffix.format == Format.BINARY_SI) {
      scale = 0;
      if (suffix.exponent >= 0 && denom.isEmpty()) {
        mantissa = 1L << suffix.exponent;
        // 1Mi (2^20) has about 6 decimal digits of precision: exponent*3/10 - 1
        precision = 15 - num.length() - (int) ((float) suffix.exponent * 3 / 10) - 1;
      } else {
        precision = -1;
      }
    } else {
      scale = suffix.exponent;
      precision = MAX_INT64_DIGITS - (num.length() + denom.length());
    }

    if (precision >= 0) {
      scale -= denom.length();
      if (scale >= NANO) {
        String shifted = num + denom;
        long value = Long.parseLong(shifted);
        long result;
        try {
          result = Math.multiplyExact(value, mantissa);
        } catch (ArithmeticException overflow) {
          return slowPath(scan, suffix);
        }
        if (!scan.positive) {
          result = -result;
        }
        boolean canonical = suffix.format == Format.BINARY_SI
            ? suffix.exponent % 10 == 0 && (value & 0x07) != 0
            : scale % 3 == 0 && !shifted.endsWith("000") && shifted.charAt(0) != '0';
        return Quantity.parsed(BigDecimal.valueOf(result, (int) -scale), suffix.format, canonical ? str : null);
      }
    }
    return slowPath(scan, suffix);
  }

  private static Quantity slowPath(Scan scan, Suffix suffix) {
    BigDecimal amount = new BigDecimal(scan.denom.isEmpty() ? scan.num : scan.num + "." + scan.denom);
    if (suffix.base == 10) {
      amount = amount.scaleByPowerOfTen(suffix.exponent);
    } else {
      amount = amount.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(suffix.exponent)));
    }
    Format format = suffix.format;
    if (amount.signum() != 0 && amount.scale() > -NANO) {
      // non-zero values are rounded up to the smallest unit: asking for some gets some
      amount = amount.setScale(-NANO, RoundingMode.UP);
    }
    if (format == Format.BINARY_SI && amount.compareTo(MAX_BINARY) > 0) {
      amount = MAX_BINARY;
    }
    if (format == Format.BINARY_SI && amount.signum() > 0 && amount.compareTo(BigDecimal.ONE) < 0) {
      format = Format.DECIMAL_SI;
    }
    return Quantity.parsed(scan.positive ? amount : amount.negate(), format, null);
  }

  /** parseQuantityString: sign, numerator (leading zeros dropped), optional fraction, suffix. */
  private static Scan scan(String str) {
    boolean positive = true;
    int pos = 0;
    int end = str.length();
    char first = str.charAt(0);
    if (first == '-') {
      positive = false;
      pos++;
    } else if (first == '+') {
      pos++;
    }
    while (pos < end && str.charAt(pos) == '0') {
      pos++;
    }
    if (pos >= end) {
      return new Scan(positive, "0", "", "");
    }
    int start = pos;
    while (pos < end && isDigit(str.charAt(pos))) {
      pos++;
    }
    String num = str.substring(start, pos);
    if (pos >= end) {
      return new Scan(positive, num, "", "");
    }
    if (num.isEmpty()) {
      num = "0";
    }
    String denom = "";
    if (str.charAt(pos) == '.') {
      pos++;
      start = pos;
      while (pos < end && isDigit(str.charAt(pos))) {
        pos++;
      }
      denom = str.substring(start, pos);
      if (pos >= end) {
        return new Scan(positive, num, denom, "");
      }
    }
    int suffixStart = pos;
    while (pos < end && SUFFIX_CHARS.indexOf(str.charAt(pos)) >= 0) {
      pos++;
    }
    if (pos < end && (str.charAt(pos) == '-' || str.charAt(pos) == '+')) {
      pos++;
    }
    while (pos < end && isDigit(str.charAt(pos))) {
      pos++;
    }
    if (pos < end) {
      throw new IllegalArgumentException("quantity \"" + str + "\" is not a number with an optional suffix"
          + " (such as 100m, 1.5Gi or 1e3): unexpected '" + str.charAt(pos) + "' at position " + pos);
    }
    return new Scan(positive, num, denom, str.substring(suffixStart));
  }

  private static Suffix interpret(String str, String s) {
    switch (s) {
      case "": return new Suffix(10, 0, Format.DECIMAL_SI);
      case "n": return new Suffix(10, -9, Format.DECIMAL_SI);
      case "u": return new Suffix(10, -6, Format.DECIMAL_SI);
      case "m": return new Suffix(10, -3, Format.DECIMAL_SI);
      case "k": return new Suffix(10, 3, Format.DECIMAL_SI);
      case "M": return new Suffix(10, 6, Format.DECIMAL_SI);
      case "G": return new Suffix(10, 9, Format.DECIMAL_SI);
      case "T": return new Suffix(10, 12, Format.DECIMAL_SI);
      case "P": return new Suffix(10, 15, Format.DECIMAL_SI);
      case "E": return new Suffix(10, 18, Format.DECIMAL_SI);
      case "Ki": return new Suffix(2, 10, Format.BINARY_SI);
      case "Mi": return new Suffix(2, 20, Format.BINARY_SI);
      case "Gi": return new Suffix(2, 30, Format.BINARY_SI);
      case "Ti": return new Suffix(2, 40, Format.BINARY_SI);
      case "Pi": return new Suffix(2, 50, Format.BINARY_SI);
      case "Ei": return new Suffix(2, 60, Format.BINARY_SI);
      default:
        break;
    }
    if (s.length() > 1 && (s.charAt(0) == 'e' || s.charAt(0) == 'E')) {
      long exponent;
      try {
        exponent = Long.parseLong(s.substring(1));
      } catch (NumberFormatException e) {
        throw unknownSuffix(str, s);
      }
      if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) {
        throw new IllegalArgumentException("quantity \"" + str + "\" has an exponent out of range (at most "
            + MAX_EXPONENT + " either way)");
      }
      return new Suffix(10, (int) exponent, Format.DECIMAL_EXPONENT);
    }
    throw unknownSuffix(str, s);
  }

  private static IllegalArgumentException unknownSuffix(String str, String s) {
    return new IllegalArgumentException(
        "quantity \"" + str + "\" has an unknown suffix \"" + s + "\"; expected " + EXPECTED_SUFFIX);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
