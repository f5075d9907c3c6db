package io.kubegen.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
  private final Naming naming = Naming.defaults();

  @ParameterizedTest(name = "{0} -> {1}, {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "apiVersion | apiVersion | getApiVersion",
        "metadata | metadata | getMetadata",
        "x-foo | xFoo | getXFoo",
        "x-kubernetes-preserve-unknown-fields | xKubernetesPreserveUnknownFields | getXKubernetesPreserveUnknownFields",
        "$ref | ref | getRef",
        "$schema | schema | getSchema",
        "URL | url | getUrl",
        "class | class_ | getClass_",
        "default | default_ | getDefault",
        "enum | enum_ | getEnum",
        "continue | continue_ | getContinue",
        "package | package_ | getPackage",
        "true | true_ | getTrue",
        "null | null_ | getNull",
        "var | var_ | getVar",
        "record | record_ | getRecord",
        "yield | yield_ | getYield",
        "_ | u5f | getU5f",
        "9lives | _9lives | get_9lives",
        "a.b/c | aBC | getABC",
        "a\\b | aB | getAB",
        "naïve | naive | getNaive",
        "日本 | u65e5u672c | getU65e5u672c",
        "hashCode | hashCode | getHashCode",
        "../etc | etc | getEtc",
      })
  void propertyNames(String json, String field, String getter) {
    PropertyName name = naming.propertyNames(List.of(json), Set.of()).get(0);
    assertEquals(json, name.jsonName());
    assertEquals(field, name.field());
    assertEquals(getter, name.getter());
    assertEquals("set" + getter.substring(3), name.setter());
    assertEquals("with" + getter.substring(3), name.wither());
    for (String id : List.of(name.field(), name.getter(), name.setter(), name.wither())) {
      assertTrue(JavaIdentifiers.isIdentifier(id), id);
    }
  }

  @Test
  void collisionsResolvedWhateverTheOrder() {
    List<String> json = List.of("x-foo", "xFoo", "XFoo", "x_foo");
    List<String> expected = List.of("xFoo3", "xFoo", "xFoo2", "xFoo4");
    // xFoo is already a clean name and keeps it; the others follow in JSON-name order.
    List<String> shuffled = new ArrayList<>(json);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(shuffled, new Random(i));
      List<PropertyName> names = naming.propertyNames(shuffled, Set.of());
      for (PropertyName n : names) {
        assertEquals(expected.get(json.indexOf(n.jsonName())), n.field(), n.jsonName());
      }
      Set<String> getters = new HashSet<>();
      for (PropertyName n : names) {
        assertTrue(getters.add(n.getter().toLowerCase(Locale.ROOT)), n.getter());
      }
    }
  }

  @Test
  void caseOnlyDifferencesGetDistinctNames() {
    List<PropertyName> names = naming.propertyNames(List.of("ports", "Ports", "PORTS"), Set.of());
    assertEquals("ports", names.get(0).field());
    assertEquals("getPorts", names.get(0).getter());
    assertEquals(3, names.stream().map(n -> n.getter().toLowerCase(Locale.ROOT)).distinct().count());
  }

  @Test
  void reservedNamesAreAvoided() {
    List<PropertyName> names =
        naming.propertyNames(List.of("additionalProperties", "spec"), Set.of("AdditionalProperties"));
    assertEquals("additionalProperties2", names.get(0).field());
    assertEquals("spec", names.get(1).field());
  }

  @Test
  void duplicateJsonNamesAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> naming.propertyNames(List.of("a", "a"), Set.of()));
    assertTrue(e.getMessage().contains("jsonNames"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"class", "_", "var", "true", "9lives", "a-b", "a.b", "a$b", "a/b", "naïve", "", "..", "A B"})
  void identifierTableRefusesWhatJavaRefuses(String name) {
    assertFalse(JavaIdentifiers.isIdentifier(name) && !name.contains("$"), name);
    assertTrue(JavaIdentifiers.isIdentifier(naming.identifier(name)), naming.identifier(name));
  }

  @Test
  void packageSegments() {
    assertTrue(JavaIdentifiers.isPackageSegment("v1beta1"));
    assertFalse(JavaIdentifiers.isPackageSegment("V1"));
    assertFalse(JavaIdentifiers.isPackageSegment(".."));
    assertFalse(JavaIdentifiers.isPackageSegment("package"));
    assertFalse(JavaIdentifiers.isPackageSegment("a$b"));
    assertTrue(JavaIdentifiers.isPackageName("io.acme.apis"));
    assertFalse(JavaIdentifiers.isPackageName("io..acme"));
  }
}
