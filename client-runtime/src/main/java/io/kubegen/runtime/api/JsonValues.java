package io.kubegen.runtime.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for opaque JSON held as plain Java values: {@code Map<String, Object>}, {@code List<Object>},
 * strings, numbers, booleans and null. Used for schemaless fields such as {@code fieldsV1} and
 * {@code x-kubernetes-preserve-unknown-fields}.
 */
public final class JsonValues {
  private JsonValues() {}

  /** A copy of a JSON value that shares no mutable map or list with the original. */
  @SuppressWarnings("unchecked")
  public static <V> V deepCopy(V value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>(map.size() * 2);
      map.forEach((k, v) -> copy.put(k, deepCopy(v)));
      return (V) copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(deepCopy(v)));
      return (V) copy;
    }
    return value;
  }
}
