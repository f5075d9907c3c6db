package io.kubegen.generator.model;

import java.util.Locale;
import java.util.Optional;

/** The {@code x-kubernetes-list-type} of an array property; {@link #UNSPECIFIED} when absent. */
public enum ListType {
  UNSPECIFIED,
  ATOMIC,
  SET,
  MAP;

  /** Reads an {@code x-kubernetes-list-type} value; empty for an unknown value. */
  public static Optional<ListType> fromExtension(String value) {
    if (value == null) {
      return Optional.of(UNSPECIFIED);
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "atomic":
        return Optional.of(ATOMIC);
      case "set":
        return Optional.of(SET);
      case "map":
        return Optional.of(MAP);
      default:
        return Optional.empty();
    }
  }
}
