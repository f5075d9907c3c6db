package io.kubegen.input;

import java.util.ArrayList;
import java.util.List;

/** Collects problems during one read; {@link #throwIfAny()} fails once with all of them. */
final class Problems {
  /** Enough to fix a file; past this a broken input would only flood the terminal. */
  static final int MAX = 200;

  private final List<ReadProblem> problems = new ArrayList<>();
  private int dropped;

  void add(String file, String location, String message) {
    if (problems.size() < MAX) {
      problems.add(new ReadProblem(file, location, message));
    } else {
      dropped++;
    }
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  int size() {
    return problems.size();
  }

  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<ReadProblem> all = new ArrayList<>(problems);
    if (dropped > 0) {
      all.add(new ReadProblem("", "", dropped + " more problems not listed"));
    }
    throw new ReadException(all);
  }
}
