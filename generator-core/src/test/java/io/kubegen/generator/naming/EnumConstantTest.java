package io.kubegen.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnumConstantTest {
  private final Naming naming = Naming.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ReadWriteOnce | READ_WRITE_ONCE",
        "ReadWriteOncePod | READ_WRITE_ONCE_POD",
        "ClusterIP | CLUSTER_IP",
        "NodePort | NODE_PORT",
        "LoadBalancer | LOAD_BALANCER",
        "IfNotPresent | IF_NOT_PRESENT",
        "IPv4 | IPV4",
        "PreferDualStack | PREFER_DUAL_STACK",
        "TCP | TCP",
        "HTTPRoute | HTTP_ROUTE",
        "cluster-scoped | CLUSTER_SCOPED",
        "\"\" | EMPTY",
        "- | U2D",
        "1.0 | _1_0",
        "9 | _9",
        "naïve | NAIVE",
        "class | CLASS",
        "'; System.exit(1); // | SYSTEM_EXIT_1",
      })
  void constants(String value, String constant) {
    String actual = naming.enumConstants(List.of(value), Set.of()).get(0);
    assertEquals(constant, actual);
    assertTrue(JavaIdentifiers.isIdentifier(actual), actual);
  }

  @Test
  void duplicatesAfterCleanupAreMadeUniqueDeterministically() {
    List<String> values = List.of("a-b", "a_b", "A B", "A_B");
    List<String> expected = List.of("A_B_3", "A_B_4", "A_B_2", "A_B");
    List<String> shuffled = new ArrayList<>(values);
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(shuffled, new Random(seed));
      List<String> constants = naming.enumConstants(shuffled, Set.of());
      for (int i = 0; i < shuffled.size(); i++) {
        assertEquals(expected.get(values.indexOf(shuffled.get(i))), constants.get(i), shuffled.get(i));
      }
    }
  }

  @Test
  void reservedConstantsAreAvoided() {
    assertEquals(
        List.of("UNKNOWN_2", "ALWAYS"),
        naming.enumConstants(List.of("Unknown", "Always"), Set.of("UNKNOWN")));
  }

  @Test
  void duplicateValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> naming.enumConstants(List.of("a", "a"), Set.of()));
  }
}
