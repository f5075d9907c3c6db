package io.kubegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * String literals for untrusted text, written by us in pure ASCII rather than with JavaPoet's
 * {@code $S} (which turns some unicode line separators into real line breaks, ending the
 * literal). Quotes, backslashes and the usual control characters get their escapes; other control
 * characters get octal escapes (a unicode escape for them would be decoded by javac before it
 * reads the literal, and a line break would end it); everything above {@code ~} gets a unicode
 * escape, which can only decode to a character that is harmless inside a literal. So the source
 * means the same whatever encoding javac or a {@code Filer} assumes.
 */
public final class Literals {
  private Literals() {}

  /** The literal of {@code text}, for a {@code $L} argument. */
  public static CodeBlock string(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else if (c > 0x7e) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", sb.append('"').toString());
  }
}
