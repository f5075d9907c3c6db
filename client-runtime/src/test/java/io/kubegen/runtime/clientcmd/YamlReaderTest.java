package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlReaderTest {

  private static Object parse(String... lines) {
    return YamlReader.parse(String.join("\n", lines), "test.yaml");
  }

  /** Builds a map from alternating keys and values, keeping order and nulls. */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("empty", "", null),
        Arguments.of("comments only", "# a\n  # b\n", null),
        Arguments.of("document marker only", "---\n", null),
        Arguments.of("scalar", "hello", "hello"),
        Arguments.of("flat map", "a: 1\nb: two words\nc:\n",
            map("a", "1", "b", "two words", "c", null)),
        Arguments.of("nulls", "a: ~\nb: null\nc: NULL\nd: 'null'\n",
            map("a", null, "b", null, "c", null, "d", "null")),
        Arguments.of("nested map", "a:\n  b:\n    c: d\n  e: f\ng: h\n",
            map("a", map("b", map("c", "d"), "e", "f"), "g", "h")),
        Arguments.of("compact sequence under key", "a:\n- x\n- y\nb: z\n",
            map("a", list("x", "y"), "b", "z")),
        Arguments.of("indented sequence under key", "a:\n  - x\n  - y\nb: z\n",
            map("a", list("x", "y"), "b", "z")),
        Arguments.of("sequence of maps", "- a: 1\n  b: 2\n- a: 3\n",
            list(map("a", "1", "b", "2"), map("a", "3"))),
        Arguments.of("sequence of maps with nested map first",
            "- cluster:\n    server: s\n  name: n\n",
            list(map("cluster", map("server", "s"), "name", "n"))),
        Arguments.of("nested sequences", "- - a\n  - b\n- c\n", list(list("a", "b"), "c")),
        Arguments.of("dash then newline", "-\n  a: 1\n-\n", list(map("a", "1"), null)),
        Arguments.of("colons in plain values",
            "name: arn:aws:eks:us-west-2:123:cluster/x\nserver: https://1.2.3.4:6443\n",
            map("name", "arn:aws:eks:us-west-2:123:cluster/x", "server", "https://1.2.3.4:6443")),
        Arguments.of("comments after values", "a: b # comment\nc: 'd # not' # c\ne: f#g\n",
            map("a", "b", "c", "d # not", "e", "f#g")),
        Arguments.of("single quotes", "a: 'it''s'\nb: ''\n", map("a", "it's", "b", "")),
        Arguments.of("double quote escapes", "a: \"x\\ty\\n\\\"q\\\" \\u00e9 \\\\ \\x41\"\n",
            map("a", "x\ty\n\"q\" \u00e9 \\ A")),
        Arguments.of("quoted keys", "\"a b\": 1\n'c:d': 2\n", map("a b", "1", "c:d", "2")),
        Arguments.of("quoted key in sequence item", "- \"name\": x\n  value: y\n",
            list(map("name", "x", "value", "y"))),
        Arguments.of("multi-line plain", "a: one\n  two\n\n  three\nb: c\n",
            map("a", "one two\nthree", "b", "c")),
        Arguments.of("multi-line double quoted", "a: \"one\n  two \\\n  three\"\n",
            map("a", "one two three")),
        Arguments.of("multi-line single quoted", "a: 'one\n\n  two'\n", map("a", "one\ntwo")),
        Arguments.of("literal block", "a: |\n  line 1\n   line 2\n\nb: c\n",
            map("a", "line 1\n line 2\n", "b", "c")),
        Arguments.of("literal block strip", "a: |-\n  x\n  y\n\n", map("a", "x\ny")),
        Arguments.of("literal block keep", "a: |+\n  x\n\nb: 1\n", map("a", "x\n\n", "b", "1")),
        Arguments.of("literal block keeps comment-like lines", "a: |\n  # not a comment\n",
            map("a", "# not a comment\n")),
        Arguments.of("folded block", "a: >\n  one\n  two\n\n  three\n   indented\n",
            map("a", "one two\nthree\n indented\n")),
        Arguments.of("folded block strip", "a: >-\n  one\n  two\n", map("a", "one two")),
        Arguments.of("block with indentation indicator and leading blank line",
            "a:\n  hint: |2\n\n      text\n    more\n  b: 1\n",
            map("a", map("hint", "\n  text\nmore\n", "b", "1"))),
        Arguments.of("empty flow collections", "a: {}\nb: []\n",
            map("a", map(), "b", list())),
        Arguments.of("flow sequence", "args: [\"eks\", get-token, 'x y', 3]\n",
            map("args", list("eks", "get-token", "x y", "3"))),
        Arguments.of("flow map", "a: {b: c, \"d\": [e, f], g: }\n",
            map("a", map("b", "c", "d", list("e", "f"), "g", null))),
        Arguments.of("json-style flow map", "a: {\"b\":\"c\",\"d\":null}\n",
            map("a", map("b", "c", "d", null))),
        Arguments.of("multi-line flow", "a: [\n  x, # one\n  y\n]\nb: 1\n",
            map("a", list("x", "y"), "b", "1")),
        Arguments.of("leading document marker and end marker", "---\na: 1\n...\n", map("a", "1")),
        Arguments.of("crlf", "a: 1\r\nb:\r\n- x\r\n", map("a", "1", "b", list("x"))),
        Arguments.of("bom", "\uFEFFa: 1\n", map("a", "1")),
        Arguments.of("tab after colon", "a:\tb\n", map("a", "b")),
        Arguments.of("key with trailing spaces", "a  : b\n", map("a", "b")),
        Arguments.of("dash values", "- --region\n- -x\n", list("--region", "-x")),
        Arguments.of("windows path", "a: C:\\x\\y\n", map("a", "C:\\x\\y")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parses(String name, String yaml, Object expected) {
    assertEquals(expected, YamlReader.parse(yaml, "test.yaml"));
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("tab indentation", "a:\n\tb: 1\n", 2, "tab"),
        Arguments.of("anchor", "a: &x 1\n", 1, "anchors"),
        Arguments.of("alias", "a: 1\nb: *x\n", 2, "aliases"),
        Arguments.of("tag", "a: !!str 1\n", 1, "tags"),
        Arguments.of("duplicate key", "a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a'"),
        Arguments.of("two documents", "a: 1\n---\nb: 2\n", 3, "multiple YAML documents"),
        Arguments.of("missing space after colon", "a: 1\nb:2\n", 2, "expected 'key: value'"),
        Arguments.of("bad indentation in map", "a: 1\n  b: 2\n", 2, "mapping values"),
        Arguments.of("less indented entry", "a:\n    b: 1\n  c: 2\n", 3, "indentation"),
        Arguments.of("value with colon space", "a: b: c\n", 1, "mapping values"),
        Arguments.of("unterminated double quote", "a: \"abc\nb: 1\n", 1, "unterminated"),
        Arguments.of("unterminated flow", "a: [x, y\nb: 1\n", 2, "expected ','"),
        Arguments.of("bad escape", "a: \"\\q\"\n", 1, "escape"),
        Arguments.of("text after quoted value", "a: 'x' y\n", 1, "unexpected text"),
        Arguments.of("sequence inline after key", "a: - x\n", 1, "block sequence"),
        Arguments.of("sequence in mapping", "a: 1\n- x\n", 2, "sequence entry"),
        Arguments.of("directive", "%YAML 1.2\n---\na: 1\n", 1, "directives"),
        Arguments.of("complex key", "? a\n: b\n", 1, "complex"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void refuses(String name, String yaml, int line, String message) {
    ConfigException e = assertThrows(ConfigException.class,
        () -> YamlReader.parse(yaml, "kubeconfig file /x/config"));
    assertTrue(e.getMessage().startsWith("kubeconfig file /x/config: line " + line + ","),
        e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void errorMessagesDoNotQuoteValues() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parse("users:", "- name: u", "  user:", "    token: s3cr3t-token: oops"));
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    ConfigException e2 = assertThrows(ConfigException.class,
        () -> parse("a: \"s3cr3t\\q\""));
    assertFalse(e2.getMessage().contains("s3cr3t"), e2.getMessage());
  }

  @Test
  void jsonDocumentsAreYamlToo() throws Exception {
    // A JSON kubeconfig written on one line is also valid YAML; the flow reader agrees with
    // Jackson on it.
    String json = "{\"apiVersion\":\"v1\",\"clusters\":[{\"name\":\"c\",\"cluster\":"
        + "{\"server\":\"https://h:6443\"}}],\"current-context\":\"x\",\"users\":[]}";
    Object yaml = YamlReader.parse("a: " + json, "t");
    assertEquals(Map.of("a", new ObjectMapper().readValue(json, Object.class)), yaml);
  }

  @Test
  void quotedScalarsStayStrings() {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) parse("a: \"\"", "b: '~'", "c: ~");
    assertEquals("", m.get("a"));
    assertEquals("~", m.get("b"));
    assertNull(m.get("c"));
    assertTrue(m.containsKey("c"));
  }
}
