package io.kubegen.runtime.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A field selector, the {@code fieldSelector=} of list and watch, as apimachinery's {@code
 * fields.ParseSelector} reads it: {@code field=value}, {@code field==value} or {@code
 * field!=value} terms joined by commas, a backslash escaping {@code \}, {@code ,} and {@code =} in
 * values ({@code metadata.name=x,metadata.namespace!=y}). Immutable. Which fields a resource
 * supports is decided by the server ({@code metadata.name} and {@code metadata.namespace}
 * always work).
 */
public final class FieldSelector {

  /** One term: {@code field=value}, or {@code field!=value} when {@code notEquals}. */
  public record Requirement(String field, boolean notEquals, String value) {
    public Requirement {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }

    String text() {
      return field + (notEquals ? "!=" : "=") + escapeValue(value);
    }
  }

  private static final FieldSelector EVERYTHING = new FieldSelector(List.of());

  private final List<Requirement> requirements;

  private FieldSelector(List<Requirement> requirements) {
    List<Requirement> sorted = new ArrayList<>(requirements);
    sorted.sort(Comparator.comparing(Requirement::text));
    this.requirements = List.copyOf(sorted);
  }

  /** The selector with no term, which matches everything. */
  public static FieldSelector everything() {
    return EVERYTHING;
  }

  /** {@code field=value}. */
  public static FieldSelector equal(String field, String value) {
    return EVERYTHING.andEqual(field, value);
  }

  /** {@code field!=value}. */
  public static FieldSelector notEqual(String field, String value) {
    return EVERYTHING.andNotEqual(field, value);
  }

  /** This selector with {@code field=value} added. */
  public FieldSelector andEqual(String field, String value) {
    return with(new Requirement(field, false, value));
  }

  /** This selector with {@code field!=value} added. */
  public FieldSelector andNotEqual(String field, String value) {
    return with(new Requirement(field, true, value));
  }

  private FieldSelector with(Requirement r) {
    List<Requirement> all = new ArrayList<>(requirements);
    all.add(r);
    return new FieldSelector(all);
  }

  /**
   * Parses selector text; {@link IllegalArgumentException} naming the text and the term that
   * cannot be read otherwise. Empty terms are skipped, so {@code ""} is {@link #everything()}.
   */
  public static FieldSelector parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Requirement> out = new ArrayList<>();
    for (String term : splitTerms(text)) {
      if (term.isEmpty()) {
        continue;
      }
      int at = -1;
      String op = null;
      for (int i = 0; i < term.length() && op == null; i++) {
        if (term.startsWith("!=", i)) {
          op = "!=";
        } else if (term.startsWith("==", i)) {
          op = "==";
        } else if (term.charAt(i) == '=') {
          op = "=";
        }
        at = i;
      }
      if (op == null) {
        throw new IllegalArgumentException("field selector \"" + text + "\": cannot understand \"" + term
            + "\"; expected field=value, field==value or field!=value");
      }
      String value = unescapeValue(text, term.substring(at + op.length()));
      out.add(new Requirement(term.substring(0, at), op.equals("!="), value));
    }
    return out.isEmpty() ? EVERYTHING : new FieldSelector(out);
  }

  public List<Requirement> requirements() {
    return requirements;
  }

  public boolean isEmpty() {
    return requirements.isEmpty();
  }

  /** The value {@code field} must equal, if some term pins it. */
  public Optional<String> requiresExactMatch(String field) {
    for (Requirement r : requirements) {
      if (!r.notEquals && r.field.equals(field)) {
        return Optional.of(r.value);
      }
    }
    return Optional.empty();
  }

  /** Whether the fields satisfy every term; as in apimachinery, an absent field counts as {@code ""}. */
  public boolean matches(Map<String, String> fields) {
    for (Requirement r : requirements) {
      String actual = fields == null ? null : fields.get(r.field);
      boolean equal = r.value.equals(actual == null ? "" : actual);
      if (equal == r.notEquals) {
        return false;
      }
    }
    return true;
  }

  /** The text to send as {@code fieldSelector=}: terms sorted, values escaped; {@code ""} for everything. */
  public String toSelectorString() {
    StringBuilder sb = new StringBuilder();
    for (Requirement r : requirements) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(r.text());
    }
    return sb.toString();
  }

  /** Escapes {@code \}, {@code ,} and {@code =} with a backslash. */
  public static String escapeValue(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == ',' || c == '=') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String unescapeValue(String text, String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inSlash = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inSlash) {
        if (c != '\\' && c != ',' && c != '=') {
          throw new IllegalArgumentException("field selector \"" + text + "\": invalid escape sequence \"\\" + c
              + "\" in value \"" + s + "\" (only \\\\, \\, and \\= are allowed)");
        }
        sb.append(c);
        inSlash = false;
      } else if (c == '\\') {
        inSlash = true;
      } else if (c == ',' || c == '=') {
        throw new IllegalArgumentException("field selector \"" + text + "\": unescaped '" + c
            + "' in value \"" + s + "\" (write \\" + c + ")");
      } else {
        sb.append(c);
      }
    }
    if (inSlash) {
      throw new IllegalArgumentException("field selector \"" + text + "\": value \"" + s
          + "\" ends with an unfinished escape '\\'");
    }
    return sb.toString();
  }

  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    if (text.isEmpty()) {
      return terms;
    }
    int start = 0;
    boolean inSlash = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inSlash) {
        inSlash = false;
      } else if (c == '\\') {
        inSlash = true;
      } else if (c == ',') {
        terms.add(text.substring(start, i));
        start = i + 1;
      }
    }
    terms.add(text.substring(start));
    return terms;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldSelector other && requirements.equals(other.requirements);
  }

  @Override
  public int hashCode() {
    return requirements.hashCode();
  }

  @Override
  public String toString() {
    return toSelectorString();
  }
}
