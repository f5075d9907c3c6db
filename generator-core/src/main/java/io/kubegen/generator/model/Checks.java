package io.kubegen.generator.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Argument checks shared by the model records; every message names the argument. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Copies a list, refusing a null list or null elements. */
  static <T> List<T> copy(Collection<? extends T> list, String name) {
    notNull(list, name);
    int i = 0;
    for (T element : list) {
      if (element == null) {
        throw new NullPointerException(name + "[" + i + "] must not be null");
      }
      i++;
    }
    return List.copyOf(list);
  }

  /** Copies a list of strings, refusing null, blank and duplicate elements. */
  static List<String> copyNames(Collection<String> list, String name) {
    List<String> copy = copy(list, name);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      String element = copy.get(i);
      if (element.isBlank()) {
        throw new IllegalArgumentException(name + "[" + i + "] must not be blank");
      }
      if (!seen.add(element)) {
        throw new IllegalArgumentException(name + " contains '" + element + "' twice");
      }
    }
    return copy;
  }

  static <K, V> void noNullEntries(Map<K, V> map, String name) {
    notNull(map, name);
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new NullPointerException(name + " must not contain null keys or values");
      }
    }
  }
}
