package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.JsonValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 6902 JSON patch and RFC 7386 merge patch over plain JSON values (maps, lists, scalars).
 * Inputs are never modified; results share nothing with them.
 */
final class JsonPatches {
  private JsonPatches() {}

  /** A patch that cannot be applied; {@code malformed} when the patch itself is not valid. */
  static final class PatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean malformed;

    PatchException(String message, boolean malformed) {
      super(message);
      this.malformed = malformed;
    }
  }

  /** RFC 7386: objects merge recursively, null removes a member, anything else replaces. */
  static Object mergePatch(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> patchMap)) {
      return JsonValues.deepCopy(patch);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    if (target instanceof Map<?, ?> targetMap) {
      targetMap.forEach((k, v) -> result.put((String) k, JsonValues.deepCopy(v)));
    }
    patchMap.forEach((k, v) -> {
      String key = (String) k;
      if (v == null) {
        result.remove(key);
      } else {
        result.put(key, mergePatch(result.get(key), v));
      }
    });
    return result;
  }

  /** RFC 6902: applies the operations in order; all or nothing. */
  static Object jsonPatch(Object document, Object patch) {
    if (!(patch instanceof List<?> operations)) {
      throw new PatchException("a JSON patch must be an array of operations", true);
    }
    Object doc = JsonValues.deepCopy(document);
    for (Object o : operations) {
      if (!(o instanceof Map<?, ?> op)) {
        throw new PatchException("a JSON patch operation must be an object", true);
      }
      String kind = string(op, "op");
      String path = string(op, "path");
      List<String> tokens = pointer(path);
      switch (kind) {
        case "add" -> doc = add(doc, tokens, JsonValues.deepCopy(value(op)), path);
        case "remove" -> doc = remove(doc, tokens, path);
        case "replace" -> {
          get(doc, tokens, path);
          doc = add(remove(doc, tokens, path), tokens, JsonValues.deepCopy(value(op)), path);
        }
        case "move" -> {
          String from = string(op, "from");
          List<String> fromTokens = pointer(from);
          if (tokens.size() > fromTokens.size() && tokens.subList(0, fromTokens.size()).equals(fromTokens)) {
            throw new PatchException("cannot move " + from + " into its own child " + path, false);
          }
          Object moved = get(doc, fromTokens, from);
          doc = add(remove(doc, fromTokens, from), tokens, moved, path);
        }
        case "copy" -> {
          String from = string(op, "from");
          doc = add(doc, tokens, JsonValues.deepCopy(get(doc, pointer(from), from)), path);
        }
        case "test" -> {
          if (!jsonEquals(get(doc, tokens, path), value(op))) {
            throw new PatchException("testing value " + path + " failed", false);
          }
        }
        default -> throw new PatchException("unknown JSON patch operation \"" + kind + "\"", true);
      }
    }
    return doc;
  }

  /** JSON equality: numbers compare by value (1 equals 1.0), objects ignore member order. */
  static boolean jsonEquals(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!jsonEquals(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!jsonEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a == null ? b == null : a.equals(b);
  }

  private static String string(Map<?, ?> op, String member) {
    if (!(op.get(member) instanceof String s)) {
      throw new PatchException("JSON patch operation " + op.get("op") + " needs a string \"" + member + "\"", true);
    }
    return s;
  }

  private static Object value(Map<?, ?> op) {
    if (!op.containsKey("value")) {
      throw new PatchException("JSON patch operation " + op.get("op") + " needs a \"value\"", true);
    }
    return op.get("value");
  }

  /** RFC 6901 pointer tokens, unescaped. */
  static List<String> pointer(String path) {
    List<String> tokens = new ArrayList<>();
    if (path.isEmpty()) {
      return tokens;
    }
    if (path.charAt(0) != '/') {
      throw new PatchException("JSON pointer \"" + path + "\" must start with /", true);
    }
    for (String t : path.substring(1).split("/", -1)) {
      tokens.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  private static Object get(Object doc, List<String> tokens, String path) {
    Object current = doc;
    for (String t : tokens) {
      if (current instanceof Map<?, ?> map && map.containsKey(t)) {
        current = map.get(t);
      } else if (current instanceof List<?> list) {
        current = list.get(index(list, t, false, path));
      } else {
        throw new PatchException("path " + path + " does not exist", false);
      }
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Object add(Object doc, List<String> tokens, Object value, String path) {
    if (tokens.isEmpty()) {
      return value;
    }
    Object parent = get(doc, tokens.subList(0, tokens.size() - 1), path);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(last, value);
    } else if (parent instanceof List<?> list) {
      int i = last.equals("-") ? list.size() : index(list, last, true, path);
      ((List<Object>) list).add(i, value);
    } else {
      throw new PatchException("path " + path + " does not exist", false);
    }
    return doc;
  }

  private static Object remove(Object doc, List<String> tokens, String path) {
    if (tokens.isEmpty()) {
      return null;
    }
    Object parent = get(doc, tokens.subList(0, tokens.size() - 1), path);
    String last = tokens.get(tokens.size() - 1);
    if (parent instanceof Map<?, ?> map && map.containsKey(last)) {
      map.remove(last);
    } else if (parent instanceof List<?> list) {
      list.remove(index(list, last, false, path));
    } else {
      throw new PatchException("path " + path + " does not exist", false);
    }
    return doc;
  }

  private static int index(List<?> list, String token, boolean forInsert, String path) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      throw new PatchException("path " + path + ": \"" + token + "\" is not an array index", false);
    }
    int i = Integer.parseInt(token);
    if (i > list.size() || (!forInsert && i == list.size())) {
      throw new PatchException("path " + path + ": index " + i + " is out of bounds", false);
    }
    return i;
  }
}
