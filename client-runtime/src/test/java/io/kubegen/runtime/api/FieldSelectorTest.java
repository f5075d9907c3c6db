package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases from apimachinery's fields/selector_test.go. */
class FieldSelectorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x=a,y=b,z=c|x=a,y=b,z=c",
      "|''",
      "x!=a,y=b|x!=a,y=b",
      "x=|x=",
      "'x= '|'x= '",
      "'x=,z= '|'x=,z= '",
      "'x= ,z= '|'x= ,z= '",
      "x==a|x=a",
      "z=c,x=a|x=a,z=c",
      "metadata.name=x,metadata.namespace!=y|metadata.name=x,metadata.namespace!=y",
      "x=a\\,b|x=a\\,b",
      "x=a\\=b\\\\|x=a\\=b\\\\",
      "x=a,,|x=a",
  })
  void parsesAndPrints(String text, String expected) {
    assertEquals(expected, FieldSelector.parse(text == null ? "" : text).toSelectorString());
  }

  @Test
  void unescapesValues() {
    FieldSelector s = FieldSelector.parse("a=x\\,y\\=z\\\\");
    assertEquals(List.of(new FieldSelector.Requirement("a", false, "x,y=z\\")), s.requirements());
  }

  @Test
  void rejectsWhatApimachineryRejects() {
    assertEquals("field selector \"x\": cannot understand \"x\"; expected field=value, field==value or field!=value",
        assertThrows(IllegalArgumentException.class, () -> FieldSelector.parse("x")).getMessage());
    assertEquals("field selector \"x=a=b\": unescaped '=' in value \"a=b\" (write \\=)",
        assertThrows(IllegalArgumentException.class, () -> FieldSelector.parse("x=a=b")).getMessage());
    assertEquals("field selector \"x=a\\b\": invalid escape sequence \"\\b\" in value \"a\\b\" (only \\\\, \\, and \\= are allowed)",
        assertThrows(IllegalArgumentException.class, () -> FieldSelector.parse("x=a\\b")).getMessage());
    assertEquals("field selector \"x=a\\\": value \"a\\\" ends with an unfinished escape '\\'",
        assertThrows(IllegalArgumentException.class, () -> FieldSelector.parse("x=a\\")).getMessage());
  }

  @Test
  void matchesWithAbsentFieldsAsEmpty() {
    Map<String, String> fields = Map.of("metadata.name", "web", "status.phase", "Running");
    assertTrue(FieldSelector.parse("").matches(fields));
    assertTrue(FieldSelector.parse("metadata.name=web").matches(fields));
    assertFalse(FieldSelector.parse("metadata.name!=web").matches(fields));
    assertTrue(FieldSelector.parse("metadata.name=web,status.phase!=Pending").matches(fields));
    assertTrue(FieldSelector.parse("spec.nodeName=").matches(fields));
    assertFalse(FieldSelector.parse("spec.nodeName!=").matches(fields));
    assertTrue(FieldSelector.parse("spec.nodeName!=").matches(Map.of("spec.nodeName", "n1")));
  }

  @Test
  void buildsEscapedText() {
    FieldSelector s = FieldSelector.equal("metadata.name", "a,b").andNotEqual("metadata.namespace", "kube-system");
    assertEquals("metadata.name=a\\,b,metadata.namespace!=kube-system", s.toSelectorString());
    assertEquals(s, FieldSelector.parse(s.toSelectorString()));
    assertEquals(Optional.of("a,b"), s.requiresExactMatch("metadata.name"));
    assertEquals(Optional.empty(), s.requiresExactMatch("metadata.namespace"));
    assertTrue(FieldSelector.everything().isEmpty());
    assertEquals("x!=1", FieldSelector.notEqual("x", "1").toString());
  }
}
