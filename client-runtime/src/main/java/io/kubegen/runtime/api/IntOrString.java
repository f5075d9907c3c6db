package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A field that holds either a 32-bit integer or a string, apimachinery's {@code
 * intstr.IntOrString}: a port ({@code 8080} or {@code "http"}), a surge ({@code 1} or {@code
 * "25%"}). Immutable. JSON is the bare integer or string, read and written unchanged: {@code 5}
 * and {@code "5"} are different values.
 */
public final class IntOrString {
  private final Integer intValue;
  private final String strValue;

  private IntOrString(Integer intValue, String strValue) {
    this.intValue = intValue;
    this.strValue = strValue;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IntOrString of(int value) {
    return new IntOrString(value, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IntOrString of(String value) {
    return new IntOrString(null, Objects.requireNonNull(value, "value"));
  }

  /** Like intstr.Parse: an integer if the text is a 32-bit decimal integer, the string otherwise. */
  public static IntOrString parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return of(text);
    }
  }

  public boolean isInt() {
    return intValue != null;
  }

  public boolean isString() {
    return strValue != null;
  }

  /** The integer; {@link IllegalStateException} naming the value if this holds a string. */
  public int intValue() {
    if (intValue == null) {
      throw new IllegalStateException("IntOrString holds the string \"" + strValue + "\", not an integer");
    }
    return intValue;
  }

  /** The string; {@link IllegalStateException} naming the value if this holds an integer. */
  public String strValue() {
    if (strValue == null) {
      throw new IllegalStateException("IntOrString holds the integer " + intValue + ", not a string");
    }
    return strValue;
  }

  /**
   * client-go's {@code GetScaledValueFromIntOrPercent}: an integer is returned as it is; a
   * percentage string ({@code "25%"}) is that share of {@code total}, rounded up or down; any
   * other string is an {@link IllegalArgumentException} naming it.
   */
  public int scaledValue(int total, boolean roundUp) {
    if (intValue != null) {
      return intValue;
    }
    if (!strValue.endsWith("%")) {
      throw new IllegalArgumentException("invalid value for IntOrString: \"" + strValue
          + "\" is neither an integer nor a percentage such as \"25%\"");
    }
    String digits = strValue.substring(0, strValue.length() - 1);
    int percent;
    try {
      percent = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid value for IntOrString: \"" + strValue
          + "\" is not a whole-number percentage such as \"25%\"", e);
    }
    long product = (long) percent * total;
    long scaled = roundUp ? -Math.floorDiv(-product, 100) : Math.floorDiv(product, 100);
    return Math.toIntExact(scaled);
  }

  /** The JSON value: an {@link Integer} or a {@link String}. */
  @JsonValue
  public Object jsonValue() {
    return intValue != null ? intValue : strValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntOrString other
        && Objects.equals(intValue, other.intValue)
        && Objects.equals(strValue, other.strValue);
  }

  @Override
  public int hashCode() {
    return intValue != null ? intValue : 31 * strValue.hashCode() + 1;
  }

  /** The string, or the decimal text of the integer. */
  @Override
  public String toString() {
    return intValue != null ? intValue.toString() : strValue;
  }
}
