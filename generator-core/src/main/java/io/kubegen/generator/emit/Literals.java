package io.kubegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * String literals for untrusted text, in pure ASCII: JavaPoet's {@code $S} escaping (quotes,
 * backslashes, control characters), with every other non-ASCII character written as a unicode
 * escape, so the generated source means the same whatever encoding javac or a {@code Filer}
 * assumes. A unicode escape is only produced for a character above {@code ~}, so it can never
 * decode to a quote, a backslash or a line break.
 */
public final class Literals {
  private Literals() {}

  /** The literal of {@code text}, for a {@code $L} argument. */
  public static CodeBlock string(String text) {
    String javaPoet = CodeBlock.of("$S", text).toString();
    StringBuilder sb = new StringBuilder(javaPoet.length());
    for (int i = 0; i < javaPoet.length(); i++) {
      char c = javaPoet.charAt(i);
      if (c > 0x7e) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return CodeBlock.of("$L", sb.toString());
  }
}
