package io.kubegen.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared corpus is: {@code -Dkubegen.corpus=DIR}, else {@code ../shared/corpus} from the repository root. */
final class Corpus {
  static final String SPEC = "specs/v2/kubernetes-1.36.0.json";

  private Corpus() {}

  static Path file(String relative) {
    Path dir = Path.of(System.getProperty("kubegen.corpus", "../shared/corpus"));
    Path file = dir.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("corpus file " + file.toAbsolutePath()
          + " not found: run from the repository root or set -Dkubegen.corpus=DIR");
    }
    return file;
  }
}
