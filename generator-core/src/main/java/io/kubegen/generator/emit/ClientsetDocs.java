package io.kubegen.generator.emit;

/**
 * Makes model-derived text (kinds, plurals, group names) safe inside a generated Javadoc comment:
 * it can never end the comment ({@code *} is escaped, so no {@code *}{@code /} forms), start a
 * tag, form a unicode escape, unbalance an inline tag or open HTML. Pass the result as a
 * {@code $L} argument, never as a format string.
 */
final class ClientsetDocs {
  private ClientsetDocs() {}

  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '*' -> out.append("&#42;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '{', '}' -> out.append(c == '{' ? "&#123;" : "&#125;");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** {@code group/version}, or {@code version} for the core group, made safe. */
  static String groupVersion(String group, String version) {
    return text(group.isEmpty() ? version : group + "/" + version);
  }
}
