package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One expression of a {@link LabelSelector}: a key, an operator ({@value #IN}, {@value #NOT_IN},
 * {@value #EXISTS}, {@value #DOES_NOT_EXIST}) and, for In and NotIn, a non-empty list of values.
 * The operator is kept as the server's string so that an operator this version does not know
 * still decodes; matching or printing such a selector fails with a message naming it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"key", "operator", "values"})
public final class LabelSelectorRequirement {
  public static final String IN = "In";
  public static final String NOT_IN = "NotIn";
  public static final String EXISTS = "Exists";
  public static final String DOES_NOT_EXIST = "DoesNotExist";

  private String key;
  private String operator;
  private List<String> values;
  /** Text-only hint: this NotIn came from {@code key!=value} and prints that way. Not JSON, not in equals. */
  @JsonIgnore
  private boolean writtenAsNotEquals;

  public LabelSelectorRequirement() {}

  public LabelSelectorRequirement(String key, String operator, List<String> values) {
    this.key = key;
    this.operator = operator;
    this.values = values;
  }

  /** {@code key in (values)}: the label is set to one of the values. */
  public static LabelSelectorRequirement in(String key, String... values) {
    return new LabelSelectorRequirement(key, IN, new ArrayList<>(Arrays.asList(values)));
  }

  /** {@code key notin (values)}: the label is absent or set to none of the values. */
  public static LabelSelectorRequirement notIn(String key, String... values) {
    return new LabelSelectorRequirement(key, NOT_IN, new ArrayList<>(Arrays.asList(values)));
  }

  /** {@code key!=value}: NotIn with one value, written back as {@code !=}. */
  public static LabelSelectorRequirement notEquals(String key, String value) {
    LabelSelectorRequirement r = notIn(key, value);
    r.writtenAsNotEquals = true;
    return r;
  }

  /** {@code key}: the label is set, to any value. */
  public static LabelSelectorRequirement exists(String key) {
    return new LabelSelectorRequirement(key, EXISTS, null);
  }

  /** {@code !key}: the label is not set. */
  public static LabelSelectorRequirement doesNotExist(String key) {
    return new LabelSelectorRequirement(key, DOES_NOT_EXIST, null);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  /** Sets {@code key} and returns this object. */
  public LabelSelectorRequirement withKey(String key) {
    this.key = key;
    return this;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
    this.writtenAsNotEquals = false;
  }

  /** Sets {@code operator} and returns this object. */
  public LabelSelectorRequirement withOperator(String operator) {
    setOperator(operator);
    return this;
  }

  public List<String> getValues() {
    return values;
  }

  public void setValues(List<String> values) {
    this.values = values;
  }

  /** Sets {@code values} and returns this object. */
  public LabelSelectorRequirement withValues(List<String> values) {
    this.values = values;
    return this;
  }

  boolean writtenAsNotEquals() {
    return writtenAsNotEquals && NOT_IN.equals(operator) && values != null && values.size() == 1;
  }

  /** A copy that shares no mutable state with this object. */
  public LabelSelectorRequirement deepCopy() {
    LabelSelectorRequirement copy = new LabelSelectorRequirement(key, operator,
        values == null ? null : new ArrayList<>(values));
    copy.writtenAsNotEquals = writtenAsNotEquals;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelSelectorRequirement other
        && Objects.equals(key, other.key)
        && Objects.equals(operator, other.operator)
        && Objects.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, operator, values);
  }

  @Override
  public String toString() {
    return "LabelSelectorRequirement{key=" + key + ", operator=" + operator + ", values=" + values + "}";
  }
}
