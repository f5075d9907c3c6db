package io.kubegen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares emitted sources with the files under {@code src/test/resources/golden/<name>}; with
 * {@code -Dkubegen.golden.update=true} rewrites them instead (and deletes files no longer emitted).
 */
final class GoldenFiles {
  static final String UPDATE = "kubegen.golden.update";

  private GoldenFiles() {}

  static void check(String name, Map<String, String> sources) {
    Path dir = Path.of("src", "test", "resources", "golden", name);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        update(dir, sources);
        return;
      }
      if (!Files.isDirectory(dir)) {
        fail("no golden files in " + dir.toAbsolutePath() + "; run with -D" + UPDATE + "=true to write them");
      }
      TreeSet<String> expected = list(dir);
      assertEquals(expected, new TreeSet<>(sources.keySet()),
          "emitted files differ from " + dir + " (rerun with -D" + UPDATE + "=true and review the diff)");
      for (Map.Entry<String, String> e : sources.entrySet()) {
        String golden = Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8);
        assertEquals(golden, e.getValue(),
            e.getKey() + " differs from its golden file (rerun with -D" + UPDATE + "=true and review the diff)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TreeSet<String> list(Path dir) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    return files;
  }

  private static void update(Path dir, Map<String, String> sources) throws IOException {
    if (Files.isDirectory(dir)) {
      for (String stale : list(dir)) {
        if (!sources.containsKey(stale)) {
          Files.delete(dir.resolve(stale));
        }
      }
    }
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
