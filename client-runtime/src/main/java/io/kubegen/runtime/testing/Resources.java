package io.kubegen.runtime.testing;

import io.kubegen.runtime.scheme.GroupVersionKind;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Locale;
import java.util.Map;

/** The resource of a kind when no scheme maps it: a lower-case English plural, as client-go guesses it. */
final class Resources {
  private static final Map<String, String> IRREGULAR = Map.of(
      "endpoints", "endpoints",
      "podmetrics", "pods",
      "nodemetrics", "nodes");

  private Resources() {}

  static GroupVersionResource guess(GroupVersionKind kind) {
    String singular = kind.kind().toLowerCase(Locale.ROOT);
    return new GroupVersionResource(kind.group(), kind.version(), plural(singular));
  }

  static String plural(String singular) {
    String irregular = IRREGULAR.get(singular);
    if (irregular != null) {
      return irregular;
    }
    if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("z")
        || singular.endsWith("ch") || singular.endsWith("sh")) {
      return singular + "es";
    }
    if (singular.endsWith("y") && singular.length() > 1 && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
      return singular.substring(0, singular.length() - 1) + "ies";
    }
    return singular + "s";
  }
}
