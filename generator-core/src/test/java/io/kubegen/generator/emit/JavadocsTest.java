package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JavadocsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain text|plain text",
        "ends */ here|ends *&#47; here",
        "a/b and /* c|a/b and /* c",
        "\\u000a|&#92;u000a",
        "@see Foo|&#64;see Foo",
        "{@code x}|{&#64;code x}",
        "<b>&</b>|&lt;b&gt;&amp;&lt;/b&gt;",
        "$L $S %s|$L $S %s",
        "na\u00efve|na&#239;ve",
        "\ud83d\ude00|&#128512;",
      })
  void escapes(String text, String escaped) {
    assertEquals(escaped, Javadocs.escape(text));
  }

  @Test
  void lineBreaksAndControlCharacters() {
    assertEquals("a\nb\nc\nd e", Javadocs.escape("a\r\nb\rc\nd\u0000e"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/", "**/", "*\\u002f", "\\u002a/", "x */ y @deprecated", "*\u2028/"})
  void nothingCanEndTheComment(String hostile) {
    String escaped = Javadocs.escape(hostile);
    assertFalse(escaped.contains("*/"), escaped);
    assertFalse(escaped.contains("\\"), escaped);
    assertFalse(escaped.contains("@"), escaped);
    assertTrue(escaped.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7e)), escaped);
  }

  @Test
  void paragraphsAreSeparatedAndTextIsNeverAFormat() {
    CodeBlock doc = Javadocs.of("first $T", "", "second");
    assertEquals("first $T\n\n<p>second\n", doc.toString());
  }

  @Test
  void literalsAreAscii() {
    assertEquals("\"na\\u00efve \\\"q\\\" \\\\u000a\"", Literals.string("na\u00efve \"q\" \\u000a").toString());
    assertEquals("\"\\u2028\\000\\177\\n\"", Literals.string("\u2028\u0000\u007f\n").toString());
  }
}
