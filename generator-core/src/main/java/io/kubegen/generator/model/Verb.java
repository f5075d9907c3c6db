package io.kubegen.generator.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The verbs a resource (or subresource) serves, which decide the methods its client gets.
 * {@link #APPLY} is server-side apply: a PATCH with the apply content type, which the apiserver
 * serves wherever it serves PATCH; readers add it with PATCH unless the input says otherwise.
 */
public enum Verb {
  GET,
  LIST,
  WATCH,
  CREATE,
  UPDATE,
  PATCH,
  DELETE,
  DELETE_COLLECTION,
  APPLY;

  /**
   * Reads a verb as discovery documents ({@code deletecollection}) or OpenAPI's
   * {@code x-kubernetes-action} ({@code post}, {@code put}) spell it. Empty for verbs that are not
   * client verbs ({@code connect}, {@code proxy}) or unknown words.
   */
  public static Optional<Verb> fromApi(String verb) {
    Checks.notNull(verb, "verb");
    switch (verb.toLowerCase(Locale.ROOT)) {
      case "get":
        return Optional.of(GET);
      case "list":
        return Optional.of(LIST);
      case "watch":
      case "watchlist":
        return Optional.of(WATCH);
      case "create":
      case "post":
        return Optional.of(CREATE);
      case "update":
      case "put":
        return Optional.of(UPDATE);
      case "patch":
        return Optional.of(PATCH);
      case "delete":
        return Optional.of(DELETE);
      case "deletecollection":
        return Optional.of(DELETE_COLLECTION);
      case "apply":
        return Optional.of(APPLY);
      default:
        return Optional.empty();
    }
  }
}
