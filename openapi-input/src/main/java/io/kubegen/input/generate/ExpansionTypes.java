package io.kubegen.input.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the expansion interfaces a user wrote ({@code FooExpansion.java}, client-gen's hook for
 * hand-written methods) in source roots, so that the generator extends them instead of writing
 * empty ones. Names come from the file layout (package directories), which is what javac
 * requires of public types.
 */
public final class ExpansionTypes {
  private ExpansionTypes() {}

  /** Qualified names of every {@code *Expansion.java} under the existing {@code sourceRoots}. */
  public static Set<String> scan(Collection<Path> sourceRoots) {
    Set<String> names = new TreeSet<>();
    for (Path root : sourceRoots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().endsWith("Expansion.java"))
            .forEach(p -> {
              String relative = root.relativize(p).toString().replace('\\', '/');
              names.add(relative.substring(0, relative.length() - ".java".length()).replace('/', '.'));
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }
}
