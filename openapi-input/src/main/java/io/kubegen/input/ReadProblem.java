package io.kubegen.input;

import java.util.Objects;

/**
 * One thing wrong with an input: the file, where in it, and what is wrong.
 *
 * @param file the file (or document name) as the user gave it
 * @param location a JSON pointer into the document, with the YAML line and column where known
 *     ({@code document 2, line 14, column 7: /spec/versions/0/name}), or {@code ""} for the whole
 *     file
 * @param message one sentence saying what is wrong, and how to fix it where that is not obvious
 */
public record ReadProblem(String file, String location, String message) {

  public ReadProblem {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  @Override
  public String toString() {
    return location.isEmpty() ? file + ": " + message : file + ": " + location + ": " + message;
  }
}
