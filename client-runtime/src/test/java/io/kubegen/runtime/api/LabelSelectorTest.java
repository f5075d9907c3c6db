package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Selector text cases from apimachinery's labels/selector_test.go, plus the JSON type. */
class LabelSelectorTest {

  private static Map<String, String> labels(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** TestSelectorParse's good strings: parsing and printing gives the text without blanks. */
  @ParameterizedTest
  @ValueSource(strings = {"x=a,y=b,z=c", "", "x!=a,y=b", "x=", "x= ", "x=,z= ", "x= ,z= ", "!x"})
  void printsWhatWasParsed(String text) {
    assertEquals(text.replace(" ", ""), LabelSelector.parse(text).toSelectorString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a=x,x=a|a=x,x=a",
      "x=a,a=x|a=x,x=a",
      "  app = web , tier in ( b , a ) |app=web,tier in (a,b)",
      "tier notin (b,a,b)|tier notin (a,b)",
      "a==b|a=b",
      "a in (b)|a in (b)",
      "a notin (b)|a notin (b)",
      "a!=b|a!=b",
      "x in (),y notin (,)|x in (),y notin ()",
      "x in (a,,b)|x in (,a,b)",
      "!b,a|a,!b",
      "in in (in),notin=notin|in in (in),notin=notin",
      "k8s.io/app=web,env|env,k8s.io/app=web",
      "a=b,a=b|a=b",
      "a=b,a=c|a=b,a in (c)",
  })
  void printsCanonicalText(String text, String expected) {
    assertEquals(expected, LabelSelector.parse(text).toSelectorString());
  }

  @Test
  void whitespaceIsBlanksTabsAndLineBreaks() {
    assertEquals("x=y,z in (a,b)", LabelSelector.parse("\tx\n=\ry ,\n z in(\ta ,b\r)").toSelectorString());
  }

  @Test
  void parsedSelectorsUseTheJsonFields() {
    LabelSelector s = LabelSelector.parse("app=web,tier in (b,a),env notin (prod),!canary,team,x!=y");
    assertEquals(Map.of("app", "web"), s.getMatchLabels());
    assertEquals(List.of(
        LabelSelectorRequirement.in("tier", "a", "b"),
        LabelSelectorRequirement.notIn("env", "prod"),
        LabelSelectorRequirement.doesNotExist("canary"),
        LabelSelectorRequirement.exists("team"),
        LabelSelectorRequirement.notIn("x", "y")), s.getMatchExpressions());
    assertEquals("app=web,!canary,env notin (prod),team,tier in (a,b),x!=y", s.toSelectorString());
  }

  @Test
  void emptyTextIsTheEmptySelector() {
    LabelSelector s = LabelSelector.parse("  ");
    assertTrue(s.isEmpty());
    assertNull(s.getMatchLabels());
    assertNull(s.getMatchExpressions());
    assertEquals("", s.toSelectorString());
    assertTrue(s.matches(labels("x", "y")));
    assertTrue(s.matches(null));
    assertEquals(new LabelSelector(), s);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a in (b|label selector \"a in (b\": expected ')' at position 7",
      "x=a,,y=b|label selector \"x=a,,y=b\": expected a label key or '!' after ',' at position 4, found ','",
      "x==a==b|label selector \"x==a==b\": expected ',' or end of string at position 4, found '=='",
      "!x=a|label selector \"!x=a\": expected ',' or end of string at position 2, found '='",
      "x<a|label selector \"x<a\": operator '<' at position 1 is not supported: a LabelSelector has no ordering operators (use =, ==, !=, in, notin, exists or !)",
      "x>1|label selector \"x>1\": operator '>' at position 1 is not supported: a LabelSelector has no ordering operators (use =, ==, !=, in, notin, exists or !)",
      "a,|label selector \"a,\": expected a label key or '!' after ',' at position 2",
      ",a|label selector \",a\": expected a label key, '!' or end of string at position 0, found ','",
      "a in b|label selector \"a in b\": expected '(' at position 5, found 'b'",
      "a in (b c)|label selector \"a in (b c)\": expected ',' or ')' at position 8, found 'c'",
      "a in (b,=)|label selector \"a in (b,=)\": expected a value, ',' or ')' at position 8, found '='",
      "a in (=)|label selector \"a in (=)\": expected a value, ',' or ')' at position 6, found '='",
      "a in (|label selector \"a in (\": expected a value, ',' or ')' at position 6",
      "a=(b)|label selector \"a=(b)\": expected a label value at position 2, found '('",
      "a b|label selector \"a b\": expected an operator (=, ==, !=, in, notin) at position 2, found 'b'",
      "!|label selector \"!\": expected a label key at position 1",
      "a=b=c|label selector \"a=b=c\": expected ',' or end of string at position 3, found '='",
  })
  void parseErrorsNamePositionAndExpectation(String text, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> LabelSelector.parse(text)).getMessage());
  }

  @Test
  void parseErrorsNameInvalidKeysAndValues() {
    String key = assertThrows(IllegalArgumentException.class, () -> LabelSelector.parse("ok=1,a/b/c=d")).getMessage();
    assertTrue(key.startsWith("label selector \"ok=1,a/b/c=d\": invalid label key \"a/b/c\" at position 5: a valid label key"), key);

    String value = assertThrows(IllegalArgumentException.class, () -> LabelSelector.parse("app in (ok, -bad)")).getMessage();
    assertTrue(value.startsWith("label selector \"app in (ok, -bad)\": invalid value \"-bad\" for label \"app\" at position 12:"
        + " a valid label must be an empty string or consist of"), value);

    String pipes = assertThrows(IllegalArgumentException.class, () -> LabelSelector.parse("x=a||y=b")).getMessage();
    assertTrue(pipes.startsWith("label selector \"x=a||y=b\": invalid value \"a||y\" for label \"x\" at position 2: "), pipes);

    String tooLong = assertThrows(IllegalArgumentException.class,
        () -> LabelSelector.parse("app=" + "v".repeat(64))).getMessage();
    assertTrue(tooLong.contains("must be no more than 63 characters"), tooLong);
  }

  /** TestSelectorMatches, restricted to the operators a LabelSelector can hold. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "|x=y|true",
      "x=y|x=y|true",
      "x=y,z=w|x=y,z=w|true",
      "x!=y,z!=w|x=z,z=a|true",
      "notin=in|notin=in|true",
      "x|x=z|true",
      "!x|y=z|true",
      "x=z||false",
      "x=y|x=z|false",
      "x=y,z=w|x=w,z=w|false",
      "x!=y,z!=w|x=z,z=w|false",
      "x|y=z|false",
      "!x|x=z|false",
      "foo=bar|foo=bar,baz=blah|true",
      "baz=blah|foo=bar,baz=blah|true",
      "foo=bar,baz=blah|foo=bar,baz=blah|true",
      "foo=blah|foo=bar,baz=blah|false",
      "baz=bar|foo=bar,baz=blah|false",
      "foo=bar,foobar=bar,baz=blah|foo=bar,baz=blah|false",
      "x!=y||true",
      "x notin (a,b)||true",
      "x notin (a,b)|x=a|false",
      "x notin (a,b)|x=c|true",
      "x in (a,b)||false",
      "x in (a,b)|x=b|true",
      "x=|x=|true",
      "x=||false",
      "x in ()|x=|true",
      "a=b,a=c|a=b|false",
      "a=b,a=c|a=c|false",
  })
  void matchesLikeApimachinery(String selector, String labelText, boolean expected) {
    Map<String, String> ls = new HashMap<>();
    if (labelText != null) {
      for (String kv : labelText.split(",")) {
        int eq = kv.indexOf('=');
        ls.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    assertEquals(expected, LabelSelector.parse(selector == null ? "" : selector).matches(ls),
        selector + " on " + ls);
  }

  @Test
  void buildsSelectorsAndValidatesWhatIsAdded() {
    LabelSelector s = LabelSelector.of(Map.of("app", "web"))
        .withIn("tier", "front", "back")
        .withNotEquals("env", "prod")
        .withExists("team")
        .withDoesNotExist("canary");
    assertEquals("app=web,!canary,env!=prod,team,tier in (back,front)", s.toSelectorString());
    assertTrue(s.matches(labels("app", "web", "tier", "front", "team", "a")));
    assertFalse(s.matches(labels("app", "web", "tier", "front", "team", "a", "env", "prod")));
    assertFalse(s.matches(labels("app", "web", "tier", "front")));

    assertEquals("invalid label key \"bad key\": name part must consist of alphanumeric characters, '-', '_' or"
            + " '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or"
            + " '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        assertThrows(IllegalArgumentException.class, () -> new LabelSelector().withMatchLabel("bad key", "v")).getMessage());
    String value = assertThrows(IllegalArgumentException.class,
        () -> new LabelSelector().withMatchLabel("app", "bad value")).getMessage();
    assertTrue(value.startsWith("invalid value \"bad value\" for label \"app\": "), value);
    String empty = assertThrows(IllegalArgumentException.class, () -> new LabelSelector().withIn("app")).getMessage();
    assertEquals("requirement.values: must be non-empty for operator In", empty);
  }

  @Test
  void requiresExactMatch() {
    LabelSelector s = LabelSelector.parse("app=web,tier in (a),env in (a,b)");
    assertEquals(Optional.of("web"), s.requiresExactMatch("app"));
    assertEquals(Optional.of("a"), s.requiresExactMatch("tier"));
    assertEquals(Optional.empty(), s.requiresExactMatch("env"));
    assertEquals(Optional.empty(), s.requiresExactMatch("other"));
  }

  @Test
  void selectorsFromJsonPrintLikeLabelSelectorAsSelector() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String json = "{\"matchLabels\":{\"b\":\"2\",\"a\":\"1\"},\"matchExpressions\":["
        + "{\"key\":\"env\",\"operator\":\"NotIn\",\"values\":[\"prod\"]},"
        + "{\"key\":\"tier\",\"operator\":\"In\",\"values\":[\"z\",\"y\"]},"
        + "{\"key\":\"team\",\"operator\":\"Exists\"},"
        + "{\"key\":\"canary\",\"operator\":\"DoesNotExist\",\"values\":[]}],"
        + "\"someFutureField\":true}";
    LabelSelector s = mapper.readValue(json, LabelSelector.class);
    assertEquals("a=1,b=2,!canary,env notin (prod),team,tier in (y,z)", s.toSelectorString());
    assertTrue(s.matches(labels("a", "1", "b", "2", "team", "x", "tier", "y")));
    assertEquals("{\"matchLabels\":{\"b\":\"2\",\"a\":\"1\"},\"matchExpressions\":["
        + "{\"key\":\"env\",\"operator\":\"NotIn\",\"values\":[\"prod\"]},"
        + "{\"key\":\"tier\",\"operator\":\"In\",\"values\":[\"z\",\"y\"]},"
        + "{\"key\":\"team\",\"operator\":\"Exists\"},"
        + "{\"key\":\"canary\",\"operator\":\"DoesNotExist\",\"values\":[]}]}", mapper.writeValueAsString(s));
  }

  @Test
  void parsedSelectorsWriteTheApiJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertEquals("{\"matchLabels\":{\"app\":\"web\"},\"matchExpressions\":[{\"key\":\"env\",\"operator\":\"NotIn\","
            + "\"values\":[\"prod\"]},{\"key\":\"team\",\"operator\":\"Exists\"}]}",
        mapper.writeValueAsString(LabelSelector.parse("app=web,env!=prod,team")));
    LabelSelector back = mapper.readValue(mapper.writeValueAsString(LabelSelector.parse("app=web,env!=prod")), LabelSelector.class);
    assertEquals(LabelSelector.parse("app=web,env!=prod"), back);
    // the "!=" spelling is a text-only hint: the decoded NotIn prints as apimachinery prints NotIn
    assertEquals("app=web,env notin (prod)", back.toSelectorString());
  }

  @Test
  void unknownOperatorsDecodeButCannotBeUsed() throws Exception {
    LabelSelector s = new ObjectMapper().readValue(
        "{\"matchExpressions\":[{\"key\":\"x\",\"operator\":\"Gt\",\"values\":[\"1\"]}]}", LabelSelector.class);
    String expected = "matchExpressions[0].operator: \"Gt\" is not a valid label selector operator (In, NotIn, Exists, DoesNotExist)";
    assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> s.matches(Map.of())).getMessage());
    assertEquals("invalid label selector: " + expected,
        assertThrows(IllegalArgumentException.class, s::toSelectorString).getMessage());
  }

  @Test
  void validateListsEveryProblem() {
    LabelSelector s = new LabelSelector()
        .withMatchLabels(new LinkedHashMap<>(Map.of("bad key", "v")))
        .withMatchExpressions(new ArrayList<>(List.of(
            new LabelSelectorRequirement("k", "In", List.of()),
            new LabelSelectorRequirement("k", "Exists", List.of("v")),
            new LabelSelectorRequirement("k", "In", List.of("bad value")))));
    List<String> problems = s.validate();
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("matchLabels: invalid label key \"bad key\": "), problems.get(0));
    assertEquals("matchExpressions[0].values: must be non-empty for operator In", problems.get(1));
    assertEquals("matchExpressions[1].values: must be empty for operator Exists", problems.get(2));
    assertTrue(problems.get(3).startsWith("matchExpressions[2].values: invalid value \"bad value\" for label \"k\": "),
        problems.get(3));
    LabelSelector expressionsOnly = new LabelSelector().withMatchExpressions(s.getMatchExpressions());
    assertThrows(IllegalArgumentException.class, () -> expressionsOnly.matches(Map.of("k", "v")));
  }

  @Test
  void deepCopyEqualsAndIsIndependent() {
    LabelSelector s = LabelSelector.parse("app=web,tier in (a,b),x!=y");
    LabelSelector copy = s.deepCopy();
    assertEquals(s, copy);
    assertEquals(s.hashCode(), copy.hashCode());
    assertEquals(s.toSelectorString(), copy.toSelectorString());
    assertNotSame(s.getMatchLabels(), copy.getMatchLabels());
    assertNotSame(s.getMatchExpressions().get(0).getValues(), copy.getMatchExpressions().get(0).getValues());
    copy.getMatchLabels().put("more", "x");
    copy.getMatchExpressions().get(0).getValues().add("c");
    assertEquals("app=web,tier in (a,b),x!=y", s.toSelectorString());
    assertEquals(LabelSelector.parse("x notin (y)").getMatchExpressions(), LabelSelector.parse("x!=y").getMatchExpressions());
  }
}
