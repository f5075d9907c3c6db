package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A label query, apimachinery's {@code metav1.LabelSelector}: every {@code matchLabels} entry and
 * every {@code matchExpressions} requirement must hold. An empty selector matches everything.
 * A mutable bean like {@link ObjectMeta}, read and written as the API's JSON.
 *
 * <p>It also speaks the selector text of list and watch ({@code labelSelector=}), the grammar of
 * apimachinery's {@code labels.Parse}: {@code k=v}, {@code k==v}, {@code k!=v}, {@code k in
 * (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}, joined by commas (AND), whitespace
 * ignored, the empty text matching everything. {@link #parse(String)} turns text into a selector
 * ({@code =} and {@code ==} into matchLabels, the rest into expressions); {@link
 * #toSelectorString()} writes the text back sorted by key, as apimachinery does, keeping {@code
 * !=} and {@code notin} as written ({@code ==} comes back as its synonym {@code =}). The ordering
 * operators {@code >} and {@code <} of the text grammar have no JSON form and are refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"matchLabels", "matchExpressions"})
public final class LabelSelector {
  private Map<String, String> matchLabels;
  private List<LabelSelectorRequirement> matchExpressions;

  public LabelSelector() {}

  /** A selector that matches everything. */
  public static LabelSelector everything() {
    return new LabelSelector();
  }

  /** A selector requiring each label of {@code labels}; keys and values are validated. */
  public static LabelSelector of(Map<String, String> labels) {
    LabelSelector selector = new LabelSelector();
    labels.forEach(selector::withMatchLabel);
    return selector;
  }

  /**
   * Parses selector text such as {@code app=web,tier in (a,b),!canary}. Errors are {@link
   * IllegalArgumentException}s naming the text, the 0-based position and what was expected there,
   * e.g. {@code label selector "a in (b": expected ')' at position 7}; invalid keys and values
   * are named with the server's reason.
   */
  public static LabelSelector parse(String text) {
    Objects.requireNonNull(text, "text");
    return LabelSelectorParser.parse(text);
  }

  public Map<String, String> getMatchLabels() {
    return matchLabels;
  }

  public void setMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels;
  }

  /** Sets {@code matchLabels} and returns this object. */
  public LabelSelector withMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels;
    return this;
  }

  /** Adds {@code key=value} to matchLabels after validating both; returns this object. */
  public LabelSelector withMatchLabel(String key, String value) {
    checkKey(key);
    checkValue(key, value);
    if (matchLabels == null) {
      matchLabels = new LinkedHashMap<>();
    }
    matchLabels.put(key, value);
    return this;
  }

  public List<LabelSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public void setMatchExpressions(List<LabelSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
  }

  /** Sets {@code matchExpressions} and returns this object. */
  public LabelSelector withMatchExpressions(List<LabelSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
    return this;
  }

  /** Adds a requirement after validating it; returns this object. */
  public LabelSelector withMatchExpression(LabelSelectorRequirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    List<String> problems = new ArrayList<>();
    validateRequirement(requirement, "requirement", problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    if (matchExpressions == null) {
      matchExpressions = new ArrayList<>();
    }
    matchExpressions.add(requirement);
    return this;
  }

  /** Adds {@code key in (values)}; returns this object. */
  public LabelSelector withIn(String key, String... values) {
    return withMatchExpression(LabelSelectorRequirement.in(key, values));
  }

  /** Adds {@code key notin (values)}; returns this object. */
  public LabelSelector withNotIn(String key, String... values) {
    return withMatchExpression(LabelSelectorRequirement.notIn(key, values));
  }

  /** Adds {@code key!=value}; returns this object. */
  public LabelSelector withNotEquals(String key, String value) {
    return withMatchExpression(LabelSelectorRequirement.notEquals(key, value));
  }

  /** Adds {@code key} (the label is set); returns this object. */
  public LabelSelector withExists(String key) {
    return withMatchExpression(LabelSelectorRequirement.exists(key));
  }

  /** Adds {@code !key} (the label is not set); returns this object. */
  public LabelSelector withDoesNotExist(String key) {
    return withMatchExpression(LabelSelectorRequirement.doesNotExist(key));
  }

  /** Whether this selector has no requirement, and so matches everything. */
  @JsonIgnore
  public boolean isEmpty() {
    return (matchLabels == null || matchLabels.isEmpty())
        && (matchExpressions == null || matchExpressions.isEmpty());
  }

  /**
   * Whether labels (null meaning none) satisfy every requirement, with apimachinery's semantics:
   * {@code notin} and {@code !=} hold when the label is absent. Throws {@link
   * IllegalArgumentException} for a requirement the server would refuse (unknown operator, In or
   * NotIn without values, Exists with values).
   */
  public boolean matches(Map<String, String> labels) {
    Map<String, String> ls = labels == null ? Map.of() : labels;
    if (matchLabels != null) {
      for (Map.Entry<String, String> e : matchLabels.entrySet()) {
        String actual = ls.get(e.getKey());
        if (actual == null || !actual.equals(e.getValue())) {
          return false;
        }
      }
    }
    if (matchExpressions != null) {
      for (int i = 0; i < matchExpressions.size(); i++) {
        if (!matches(matchExpressions.get(i), i, ls)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean matches(LabelSelectorRequirement r, int index, Map<String, String> ls) {
    String op = r.getOperator();
    List<String> values = r.getValues();
    if (op == null) {
      throw new IllegalArgumentException("matchExpressions[" + index + "].operator: must be set");
    }
    switch (op) {
      case LabelSelectorRequirement.IN:
      case LabelSelectorRequirement.NOT_IN: {
        if (values == null || values.isEmpty()) {
          throw new IllegalArgumentException("matchExpressions[" + index + "].values: must be non-empty"
              + " for operator " + op);
        }
        String actual = ls.get(r.getKey());
        boolean in = actual != null && values.contains(actual);
        return op.equals(LabelSelectorRequirement.IN) ? in : !in;
      }
      case LabelSelectorRequirement.EXISTS:
      case LabelSelectorRequirement.DOES_NOT_EXIST: {
        if (values != null && !values.isEmpty()) {
          throw new IllegalArgumentException("matchExpressions[" + index + "].values: must be empty"
              + " for operator " + op);
        }
        boolean has = ls.containsKey(r.getKey());
        return op.equals(LabelSelectorRequirement.EXISTS) ? has : !has;
      }
      default:
        throw new IllegalArgumentException("matchExpressions[" + index + "].operator: \"" + op
            + "\" is not a valid label selector operator (In, NotIn, Exists, DoesNotExist)");
    }
  }

  /**
   * The selector text list and watch send as {@code labelSelector=}: requirements sorted by key,
   * values sorted, as apimachinery's {@code LabelSelectorAsSelector(s).String()} or, for a parsed
   * selector, {@code labels.Parse(text).String()}. The empty selector gives {@code ""}. Throws
   * {@link IllegalArgumentException} listing the problems if the selector is not valid.
   */
  public String toSelectorString() {
    List<String> problems = validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid label selector: " + String.join("; ", problems));
    }
    List<Map.Entry<String, String>> terms = new ArrayList<>();
    if (matchLabels != null) {
      matchLabels.forEach((k, v) -> terms.add(Map.entry(k, k + "=" + v)));
    }
    if (matchExpressions != null) {
      for (LabelSelectorRequirement r : matchExpressions) {
        terms.add(Map.entry(r.getKey(), render(r)));
      }
    }
    terms.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> term : terms) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(term.getValue());
    }
    return sb.toString();
  }

  private static String render(LabelSelectorRequirement r) {
    String key = r.getKey();
    switch (r.getOperator()) {
      case LabelSelectorRequirement.EXISTS:
        return key;
      case LabelSelectorRequirement.DOES_NOT_EXIST:
        return "!" + key;
      default:
        break;
    }
    if (r.writtenAsNotEquals()) {
      return key + "!=" + r.getValues().get(0);
    }
    List<String> values = new ArrayList<>(r.getValues());
    Collections.sort(values);
    String op = r.getOperator().equals(LabelSelectorRequirement.IN) ? " in (" : " notin (";
    return key + op + String.join(",", values) + ")";
  }

  /** If some requirement pins {@code key} to one value ({@code key=v} or {@code key in (v)}), that value. */
  public Optional<String> requiresExactMatch(String key) {
    if (matchLabels != null && matchLabels.containsKey(key)) {
      return Optional.ofNullable(matchLabels.get(key));
    }
    if (matchExpressions != null) {
      for (LabelSelectorRequirement r : matchExpressions) {
        if (key.equals(r.getKey()) && LabelSelectorRequirement.IN.equals(r.getOperator())
            && r.getValues() != null && r.getValues().size() == 1) {
          return Optional.of(r.getValues().get(0));
        }
      }
    }
    return Optional.empty();
  }

  /** The problems the API server would report for this selector, empty when it is valid. */
  public List<String> validate() {
    List<String> problems = new ArrayList<>();
    if (matchLabels != null) {
      matchLabels.forEach((k, v) -> {
        if (k == null) {
          problems.add("matchLabels: a key is null");
          return;
        }
        for (String p : Names.validateLabelKey(k)) {
          problems.add("matchLabels: invalid label key \"" + k + "\": " + p);
        }
        if (v == null) {
          problems.add("matchLabels[" + k + "]: value is null");
          return;
        }
        for (String p : Names.validateLabelValue(v)) {
          problems.add("matchLabels[" + k + "]: invalid label value \"" + v + "\": " + p);
        }
      });
    }
    if (matchExpressions != null) {
      for (int i = 0; i < matchExpressions.size(); i++) {
        LabelSelectorRequirement r = matchExpressions.get(i);
        String where = "matchExpressions[" + i + "]";
        if (r == null) {
          problems.add(where + ": is null");
        } else {
          validateRequirement(r, where, problems);
        }
      }
    }
    return problems;
  }

  private static void validateRequirement(LabelSelectorRequirement r, String where, List<String> problems) {
    String key = r.getKey();
    if (key == null) {
      problems.add(where + ".key: must be set");
    } else {
      for (String p : Names.validateLabelKey(key)) {
        problems.add(where + ".key: invalid label key \"" + key + "\": " + p);
      }
    }
    String op = r.getOperator();
    List<String> values = r.getValues();
    boolean hasValues = values != null && !values.isEmpty();
    if (op == null) {
      problems.add(where + ".operator: must be set");
    } else if (op.equals(LabelSelectorRequirement.IN) || op.equals(LabelSelectorRequirement.NOT_IN)) {
      if (!hasValues) {
        problems.add(where + ".values: must be non-empty for operator " + op);
      }
    } else if (op.equals(LabelSelectorRequirement.EXISTS) || op.equals(LabelSelectorRequirement.DOES_NOT_EXIST)) {
      if (hasValues) {
        problems.add(where + ".values: must be empty for operator " + op);
      }
    } else {
      problems.add(where + ".operator: \"" + op
          + "\" is not a valid label selector operator (In, NotIn, Exists, DoesNotExist)");
    }
    if (values != null) {
      for (String v : values) {
        if (v == null) {
          problems.add(where + ".values: a value is null");
          continue;
        }
        for (String p : Names.validateLabelValue(v)) {
          problems.add(where + ".values: invalid value \"" + v + "\" for label \"" + key + "\": " + p);
        }
      }
    }
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "key");
    List<String> problems = Names.validateLabelKey(key);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid label key \"" + key + "\": " + String.join("; ", problems));
    }
  }

  private static void checkValue(String key, String value) {
    Objects.requireNonNull(value, "value");
    List<String> problems = Names.validateLabelValue(value);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid value \"" + value + "\" for label \"" + key + "\": "
          + String.join("; ", problems));
    }
  }

  /** A copy that shares no mutable state with this object. */
  public LabelSelector deepCopy() {
    LabelSelector copy = new LabelSelector();
    copy.matchLabels = matchLabels == null ? null : new LinkedHashMap<>(matchLabels);
    if (matchExpressions != null) {
      copy.matchExpressions = new ArrayList<>(matchExpressions.size());
      for (LabelSelectorRequirement r : matchExpressions) {
        copy.matchExpressions.add(r == null ? null : r.deepCopy());
      }
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelSelector other
        && Objects.equals(matchLabels, other.matchLabels)
        && Objects.equals(matchExpressions, other.matchExpressions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchLabels, matchExpressions);
  }

  @Override
  public String toString() {
    return "LabelSelector{matchLabels=" + matchLabels + ", matchExpressions=" + matchExpressions + "}";
  }
}
