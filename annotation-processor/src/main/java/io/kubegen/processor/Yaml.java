package io.kubegen.processor;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes nested maps, lists, strings, booleans and numbers as block YAML, by hand: deterministic
 * (maps in their iteration order), and safe for any text. A string is written plain only when it
 * is a simple word that YAML cannot read as anything but that string; everything else is
 * double-quoted with every character that could end or change the scalar escaped.
 */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");
  /** Words YAML 1.1 or 1.2 resolvers read as booleans or null. */
  private static final Pattern KEYWORD = Pattern.compile(
      "(?i)y|n|yes|no|true|false|on|off|null|~");

  private Yaml() {}

  static String write(Map<String, ?> document) {
    StringBuilder out = new StringBuilder();
    map(out, document, 0);
    return out.toString();
  }

  private static void map(StringBuilder out, Map<String, ?> map, int indent) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      out.append(" ".repeat(indent)).append(scalar(e.getKey())).append(':');
      value(out, e.getValue(), indent);
    }
  }

  /** Writes a value after {@code key:} (or {@code -}), ending with a newline. */
  private static void value(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) m;
        map(out, typed, indent + 2);
      }
    } else if (value instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append(" []\n");
      } else {
        out.append('\n');
        for (Object item : l) {
          out.append(" ".repeat(indent)).append('-');
          if (item instanceof Map<?, ?> m && !m.isEmpty()) {
            // "- key: value" with the item's other keys aligned under the first.
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) m;
            boolean first = true;
            for (Map.Entry<String, ?> e : typed.entrySet()) {
              out.append(first ? " " : " ".repeat(indent + 2)).append(scalar(e.getKey())).append(':');
              value(out, e.getValue(), indent + 2);
              first = false;
            }
          } else {
            value(out, item, indent + 2);
          }
        }
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  static String scalar(Object value) {
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    String s = (String) value;
    if (PLAIN.matcher(s).matches() && !KEYWORD.matcher(s).matches()) {
      return s;
    }
    return quote(s);
  }

  /** A double-quoted YAML scalar: JSON-style escapes, plus the line breaks YAML knows. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028
              || c == 0x2029 || c == 0xfeff || Character.isSurrogate(c)) {
            // Control characters, YAML's extra line breaks, the BOM and lone surrogates.
            out.append(String.format("\\u%04x", (int) (Character.isSurrogate(c) ? 0xfffd : c)));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
