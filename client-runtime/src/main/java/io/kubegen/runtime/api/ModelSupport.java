package io.kubegen.runtime.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What generated models share for {@code deepCopy}, {@code equals}, {@code hashCode} and
 * {@code toString}: kept here once instead of as private helpers in every model class, which is
 * less code for javac to compile in every user's build.
 *
 * <p>Equality, hash codes and text are by content for {@code byte[]}, also inside lists and maps,
 * and agree with {@link List#equals}, {@link Map#equals} and {@link Objects#hash} for every other
 * value: a hash code is the same as it would be without the byte arrays' special treatment.
 * {@code toString} shows only the length of a {@code byte[]} (it may hold a secret).
 */
public final class ModelSupport {
  private ModelSupport() {}

  /** A new list with each item copied by {@code copy} (nulls stay null); null for null. */
  public static <T> List<T> copyList(List<T> list, UnaryOperator<T> copy) {
    if (list == null) {
      return null;
    }
    List<T> result = new ArrayList<>(list.size());
    for (T item : list) {
      result.add(item == null ? null : copy.apply(item));
    }
    return result;
  }

  /** A new list with the same items, for lists of immutable values; null for null. */
  public static <T> List<T> copyList(List<T> list) {
    return list == null ? null : new ArrayList<>(list);
  }

  /**
   * A new map, in the same order, with each value copied by {@code copy} (nulls stay null); null
   * for null.
   */
  public static <T> Map<String, T> copyMap(Map<String, T> map, UnaryOperator<T> copy) {
    if (map == null) {
      return null;
    }
    Map<String, T> result = new LinkedHashMap<>();
    for (Map.Entry<String, T> e : map.entrySet()) {
      T value = e.getValue();
      result.put(e.getKey(), value == null ? null : copy.apply(value));
    }
    return result;
  }

  /** A new map with the same entries in the same order, for maps of immutable values; null for null. */
  public static <T> Map<String, T> copyMap(Map<String, T> map) {
    return map == null ? null : new LinkedHashMap<>(map);
  }

  /** Equality that compares {@code byte[]} by content, also inside lists and maps. */
  public static boolean contentEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> i = x.iterator();
      Iterator<?> j = y.iterator();
      while (i.hasNext() && j.hasNext()) {
        if (!contentEquals(i.next(), j.next())) {
          return false;
        }
      }
      return !(i.hasNext() || j.hasNext());
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !contentEquals(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  /** A hash code consistent with {@link #contentEquals}. */
  public static int contentHashCode(Object value) {
    if (value instanceof byte[] bytes) {
      return Arrays.hashCode(bytes);
    }
    if (value instanceof List<?> list) {
      int h = 1;
      for (Object item : list) {
        h = 31 * h + contentHashCode(item);
      }
      return h;
    }
    if (value instanceof Map<?, ?> map) {
      int h = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        h += Objects.hashCode(e.getKey()) ^ contentHashCode(e.getValue());
      }
      return h;
    }
    return Objects.hashCode(value);
  }

  /** Text that shows only the length of {@code byte[]} values, also inside lists and maps. */
  public static String contentString(Object value) {
    if (value instanceof byte[] bytes) {
      return bytes.length + " bytes";
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>(list.size());
      for (Object item : list) {
        items.add(contentString(item));
      }
      return items.toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, String> entries = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        entries.put(e.getKey(), contentString(e.getValue()));
      }
      return entries.toString();
    }
    return String.valueOf(value);
  }

  /**
   * {@code Type{name=value, ...}} for the non-null values, {@code names[i]} naming
   * {@code values[i]}, each value as {@link #contentString}; a value whose name is null is shown
   * without one (a model's map of undeclared fields).
   */
  public static String toString(String type, String[] names, Object... values) {
    StringBuilder sb = new StringBuilder(type).append('{');
    String sep = "";
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        sb.append(sep);
        if (names[i] != null) {
          sb.append(names[i]).append('=');
        }
        sb.append(contentString(values[i]));
        sep = ", ";
      }
    }
    return sb.append('}').toString();
  }
}
