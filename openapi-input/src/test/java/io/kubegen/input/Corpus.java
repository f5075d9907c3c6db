package io.kubegen.input;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared corpus ({@code ../shared/corpus} beside the repository). Tests that need it call
 * {@link #dir(String)}, which skips them with a visible reason when the corpus is absent.
 */
final class Corpus {
  /** The module runs in {@code <repo>/openapi-input}; the corpus lives beside the repository. */
  static final Path ROOT = Path.of("..", "..", "shared", "corpus").toAbsolutePath().normalize();

  private Corpus() {}

  static Path dir(String relative) {
    Path p = ROOT.resolve(relative);
    assumeTrue(
        Files.exists(p),
        "corpus absent: " + p + " not found (clone the repository beside shared/corpus to run this test)");
    return p;
  }
}
