package io.kubegen.generator.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * Turns untrusted text (schema descriptions, default values, enum values) into Javadoc text that
 * can neither end the comment nor inject code, and renders identically whatever source encoding
 * the compiler assumes.
 *
 * <ul>
 *   <li>A backslash becomes {@code &#92;}: javac turns a backslash, {@code u} and four hex digits
 *       into a character (a line break, or the end of the comment) before it reads comments.
 *   <li>{@code *}{@code /} cannot survive: {@code /} becomes {@code &#47;}.
 *   <li>{@code @} becomes {@code &#64;}, so no line starts a block tag ({@code @see},
 *       {@code @deprecated}) and no {@code {@code ...}} inline tag is formed; {@code {} and
 *       {@code }} stay.
 *   <li>HTML is text: {@code &}, {@code <}, {@code >} become entities.
 *   <li>Everything outside printable ASCII becomes a numeric entity; line breaks ({@code \r\n},
 *       {@code \r}) become {@code \n}; other control characters become spaces.
 * </ul>
 *
 * <p>The result goes into JavaPoet as a {@code $L} argument, never as a format string, so
 * {@code $} in the text stays text.
 */
public final class Javadocs {
  private Javadocs() {}

  /** The escaped text; {@code ""} for {@code ""}. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
          sb.append("&#92;");
          break;
        case '/':
          sb.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
          break;
        case '@':
          sb.append("&#64;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '\r':
          sb.append('\n');
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          break;
        case '\n':
          sb.append('\n');
          break;
        default:
          if (c == '\t') {
            sb.append(' ');
          } else if (c < 0x20 || c == 0x7f) {
            sb.append(' ');
          } else if (c > 0x7e) {
            int cp = text.codePointAt(i);
            sb.append("&#").append(cp).append(';');
            i += Character.charCount(cp) - 1;
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }

  /**
   * A Javadoc block from paragraphs of untrusted text (empty paragraphs skipped), each escaped and
   * separated by {@code <p>}; ends with a newline when not empty.
   */
  public static CodeBlock of(String... paragraphs) {
    CodeBlock.Builder b = CodeBlock.builder();
    boolean first = true;
    for (String p : paragraphs) {
      String text = escape(p.strip());
      if (text.isEmpty()) {
        continue;
      }
      if (!first) {
        b.add("\n<p>");
      }
      b.add("$L\n", text);
      first = false;
    }
    return b.build();
  }

  /**
   * An escaped fragment as code: {@code <code>...</code>}, since entities inside
   * {@code {@code ...}} would show literally.
   */
  public static String code(String text) {
    return "<code>" + escape(text) + "</code>";
  }
}
