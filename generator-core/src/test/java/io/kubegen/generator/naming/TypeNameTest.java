package io.kubegen.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeNameTest {
  private final Naming naming = Naming.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Deployment | Deployment",
        "IPPool | IPPool",
        "ServiceMonitor | ServiceMonitor",
        "Object | Object_",
        "Class | Class_",
        "Package | Package_",
        "Module | Module_",
        "Record | Record_",
        "String | String_",
        "Enum | Enum_",
        "Thread | Thread_",
        "Override | Override_",
        "class | Class_",
        "9lives | _9lives",
        "a.b/c | ABC",
        "../etc | Etc",
        "naïve | Naive",
        "x-foo | XFoo",
        "Object_ | Object_",
        "日本 | U65e5u672c",
      })
  void typeNames(String input, String expected) {
    String name = naming.typeName(input);
    assertEquals(expected, name);
    assertTrue(JavaIdentifiers.isIdentifier(name), name);
    assertEquals(name, naming.typeName(name), "idempotent");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kafka | spec | KafkaSpec",
        "KafkaSpec | kafka | KafkaSpecKafka",
        "KafkaSpecKafka | listeners | KafkaSpecKafkaListeners",
        "ExternalSecretSpec | dataFrom | ExternalSecretSpecDataFrom",
        "BackendTrafficPolicySpec | circuit-breaker | BackendTrafficPolicySpecCircuitBreaker",
        "Spec | class | SpecClass",
        "Spec | $ref | SpecRef",
      })
  void nestedTypeNames(String parent, String property, String expected) {
    assertEquals(expected, naming.nestedTypeName(parent, property));
  }

  @Test
  void longNamesAreShortenedWithAStableHashBeforeFilesPass200Bytes() {
    String parent = "PostgresClusterSpec" + "InstancesDataVolumeClaimSpec".repeat(8);
    String a = naming.nestedTypeName(parent, "dataSourceRef");
    String b = naming.nestedTypeName(parent, "dataSource");
    assertEquals(Naming.MAX_TYPE_NAME_LENGTH, a.length());
    assertNotEquals(a, b);
    assertEquals(a, naming.nestedTypeName(parent, "dataSourceRef"), "stable");
    assertEquals(a, naming.typeName(a), "idempotent");
    assertTrue(a.startsWith("PostgresClusterSpecInstances"));
    // Emitters add up to ~32 characters (FakeXxx, XxxNamespaceLister, .class) and stay below 200.
    assertTrue(("Fake" + a + "NamespaceLister.class").getBytes(StandardCharsets.UTF_8).length <= 200);
    String shortName = naming.nestedTypeName("A", "b");
    assertEquals("AB", shortName);
  }

  @Test
  void allocatorIsUniqueIgnoringCase() {
    TypeNameAllocator allocator = naming.typeNameAllocator().reserve("Kafka").reserve("KafkaList");
    assertEquals("KafkaSpec", allocator.newName("KafkaSpec"));
    assertEquals("KAFKASPEC2", allocator.newName("KAFKASPEC"));
    assertEquals("KafkaSpec3", allocator.newName("kafka-spec"));
    assertEquals("Kafka2", allocator.newName("kafka"));
    assertEquals("Object_", allocator.newName("Object"));
    assertEquals("Object2", allocator.newName("Object"));
    Object tag = new Object();
    String tagged = allocator.newName("Listener", tag);
    assertEquals(tagged, allocator.newName("Other", tag));
  }

  @Test
  void allocatorShortensNumberedLongNames() {
    TypeNameAllocator allocator = naming.typeNameAllocator();
    String longName = "X".repeat(400);
    String first = allocator.newName(longName);
    String second = allocator.newName(longName);
    assertEquals(Naming.MAX_TYPE_NAME_LENGTH, first.length());
    assertTrue(second.length() <= Naming.MAX_TYPE_NAME_LENGTH, second);
    assertNotEquals(first.toLowerCase(), second.toLowerCase());
  }
}
