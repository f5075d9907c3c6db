package io.kubegen.generator.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Copies verb sets into unmodifiable, enum-ordered sets. */
final class Verbs {
  private Verbs() {}

  static Set<Verb> copy(Collection<Verb> verbs, String name) {
    Checks.copy(verbs, name);
    EnumSet<Verb> set = EnumSet.noneOf(Verb.class);
    set.addAll(verbs);
    return Collections.unmodifiableSet(set);
  }
}
