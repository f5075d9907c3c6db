package io.kubegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written YAML: block layout, and scalars that no text can break out of. */
class YamlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "crontabs|crontabs",
      "stable.example.com|stable.example.com",
      "apiextensions.k8s.io/v1|apiextensions.k8s.io/v1",
      "true|\"true\"",
      "No|\"No\"",
      "null|\"null\"",
      "1.0|\"1.0\"",
      "v1|v1",
      "-x|\"-x\"",
      "a: b|\"a: b\"",
      "#c|\"#c\"",
      "'it''s'|\"it's\"",
  })
  void scalars(String text, String yaml) {
    assertEquals(yaml, Yaml.scalar(text));
  }

  @Test
  void hostileTextIsEscaped() {
    assertEquals("\"\"", Yaml.scalar(""));
    assertEquals("\"a\\\"b\\\\c\\nd\\te\"", Yaml.quote("a\"b\\c\nd\te"));
    assertEquals("\"\\u0000\\u001b\\u0085\\u2028\\u2029\\ufeff\"",
        Yaml.quote("\u0000\u001b\u0085\u2028\u2029\ufeff"));
    assertEquals("\"lone \\ufffd surrogate\"", Yaml.quote("lone \ud800 surrogate"));
    assertEquals("\"pair \ud83d\ude00 kept\"", Yaml.quote("pair \ud83d\ude00 kept"));
    assertEquals("\"*/ and \\\\u0041\"", Yaml.quote("*/ and \\u0041"));
  }

  @Test
  void blockLayout() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "v1");
    item.put("schema", Map.of("type", "object"));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("empty", Map.of());
    doc.put("none", List.of());
    doc.put("versions", List.of(item, "plain", List.of("nested")));
    doc.put("flag", true);
    doc.put("count", 3);
    assertEquals("""
        empty: {}
        none: []
        versions:
        - name: v1
          schema:
            type: object
        - plain
        -
          - nested
        flag: true
        count: 3
        """, Yaml.write(doc));
  }
}
