package io.kubegen.runtime.cache;

import static io.kubegen.runtime.cache.TestObjects.cm;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubegen.runtime.fixtures.ConfigMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyFunctionsTest {

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource(value = {
      "default, web, default/web",
      "kube-system, dns, kube-system/dns",
      "'', node-1, node-1",
      "NULL, node-1, node-1",
  }, nullValues = "NULL")
  void metaNamespaceKey(String namespace, String name, String key) {
    assertEquals(key, KeyFunctions.metaNamespaceKey(cm(namespace, name, "1")));
  }

  @org.junit.jupiter.api.Test
  void tombstonesAndExplicitKeys() {
    assertEquals("ns/gone", KeyFunctions.metaNamespaceKey(new DeletedFinalStateUnknown<>("ns/gone", null)));
    assertEquals("ns/x", KeyFunctions.metaNamespaceKey("ns/x"));
  }

  @org.junit.jupiter.api.Test
  void objectsWithoutNameAreRejected() {
    ConfigMap noName = cm("ns", null, "1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyFunctions.metaNamespaceKey(noName));
    assertEquals("cannot compute a key for a ConfigMap without metadata.name", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KeyFunctions.metaNamespaceKey(new ConfigMap()));
    assertThrows(IllegalArgumentException.class, () -> KeyFunctions.metaNamespaceKey(42));
  }

  @ParameterizedTest(name = "{0} -> [{1}, {2}]")
  @CsvSource({"ns/name, ns, name", "name, '', name"})
  void split(String key, String namespace, String name) {
    assertArrayEquals(new String[] {namespace, name}, KeyFunctions.splitMetaNamespaceKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b/c", "/name", "ns/"})
  void splitRejectsMalformedKeys(String key) {
    assertThrows(IllegalArgumentException.class, () -> KeyFunctions.splitMetaNamespaceKey(key));
  }
}
