package io.kubegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.naming.PackageLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * What one {@link Generator#generate} run produced: the files, sorted by qualified class name,
 * and counts for the log. Writes them to a directory or a processor's {@link Filer}.
 */
public final class GeneratorResult {
  private final List<JavaFile> files;
  private final Counts counts;

  /**
   * How much a run produced.
   *
   * @param groups API groups in the model
   * @param resources resources in all group versions
   * @param types model types (objects and enums) in all group versions
   * @param files source files written
   * @param filesByKind source files per artifact kind, in run order
   */
  public record Counts(int groups, int resources, int types, int files, Map<String, Integer> filesByKind) {
    public Counts {
      filesByKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filesByKind));
    }

    @Override
    public String toString() {
      return groups + " groups, " + resources + " resources, " + types + " types, " + files
          + " files " + filesByKind;
    }
  }

  GeneratorResult(List<JavaFile> files, Counts counts) {
    this.files = List.copyOf(files);
    this.counts = Objects.requireNonNull(counts, "counts");
  }

  public List<JavaFile> files() {
    return files;
  }

  public Counts counts() {
    return counts;
  }

  /**
   * Each file's path relative to an output directory ({@code io/acme/apis/apps/v1/Deployment.java},
   * {@code /} separated) and its source text, in file order.
   */
  public Map<String, String> sources() {
    Map<String, String> sources = new LinkedHashMap<>();
    for (JavaFile f : files) {
      sources.put(relativePath(f), GeneratedSources.text(f));
    }
    return sources;
  }

  private static String relativePath(JavaFile f) {
    return PackageLayout.sourceFile(f.packageName(), f.typeSpec().name());
  }

  /**
   * Writes every file under {@code dir} (created if missing). Files are first written to a
   * staging directory inside {@code dir}, then each is moved into place (atomically where the
   * file system can), so a failure while writing leaves no half-written source behind; files
   * whose content is unchanged are left untouched, so their timestamps do not trigger
   * recompilation. Refuses any path that would leave {@code dir}, also through symbolic links.
   * Files of earlier runs that this run does not produce are not deleted.
   *
   * @return the paths of all files of this result, in file order
   */
  public List<Path> writeTo(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    Path root = dir.toRealPath();
    Map<Path, byte[]> contents = new LinkedHashMap<>();
    for (JavaFile f : files) {
      contents.put(target(root, relativePath(f)), null);
    }
    // Rendering is most of the cost of writing, and files are independent.
    List<byte[]> rendered = Parallel.map(files, f -> GeneratedSources.text(f).getBytes(StandardCharsets.UTF_8));
    int n = 0;
    for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
      e.setValue(rendered.get(n++));
    }
    Set<Path> directories = new LinkedHashSet<>();
    for (Path target : contents.keySet()) {
      directories.add(target.getParent());
    }
    for (Path directory : directories) {
      checkInside(root, directory);
    }
    Path staging = Files.createTempDirectory(root, ".kubegen-staging-");
    try {
      Map<Path, Path> staged = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
        Path tmp = staging.resolve((i++) + ".java");
        Files.write(tmp, e.getValue());
        staged.put(e.getKey(), tmp);
      }
      for (Map.Entry<Path, Path> e : staged.entrySet()) {
        Path target = e.getKey();
        if (directories.remove(target.getParent())) {
          Files.createDirectories(target.getParent());
          checkInside(root, target.getParent());
        }
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), contents.get(target))) {
          continue;
        }
        try {
          Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
          Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      deleteTree(staging);
    }
    return List.copyOf(new ArrayList<>(contents.keySet()));
  }

  /**
   * Writes every file into {@code emptyDir}, which must exist and be empty: a staging directory
   * that the caller discards on failure, so there is no staging of its own and nothing to compare
   * with. Each file is rendered, written and summarised on one of all processors' threads (the
   * summary, a digest for example, must be safe to compute concurrently).
   *
   * @return each file's relative path ({@code /} separated) and the summary of its bytes, in file
   *     order
   */
  public <R> Map<String, R> writeToEmpty(Path emptyDir, Function<byte[], R> summary) throws IOException {
    Objects.requireNonNull(summary, "summary");
    Path root = emptyDir.toRealPath();
    try (Stream<Path> entries = Files.list(root)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("[kubegen] " + root + " is not empty");
      }
    }
    List<String> paths = new ArrayList<>(files.size());
    Set<Path> directories = new LinkedHashSet<>();
    for (JavaFile f : files) {
      String path = relativePath(f);
      paths.add(path);
      directories.add(target(root, path).getParent());
    }
    for (Path directory : directories) {
      Files.createDirectories(directory); // a fresh tree: no link can lead out of it
    }
    List<R> summaries;
    try {
      summaries = Parallel.map(files, f -> {
        byte[] bytes = GeneratedSources.text(f).getBytes(StandardCharsets.UTF_8);
        try {
          Files.write(root.resolve(relativePath(f)), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return summary.apply(bytes);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Map<String, R> result = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      result.put(paths.get(i), summaries.get(i));
    }
    return result;
  }

  /**
   * Writes every file through an annotation processor's {@link Filer}, recording
   * {@code originatingElements} on each (for incremental compilation).
   */
  public void writeTo(Filer filer, Element... originatingElements) throws IOException {
    Objects.requireNonNull(filer, "filer");
    Objects.requireNonNull(originatingElements, "originatingElements");
    for (JavaFile f : files) {
      String name = f.packageName().isEmpty() ? f.typeSpec().name() : f.packageName() + "." + f.typeSpec().name();
      JavaFileObject source = filer.createSourceFile(name, originatingElements);
      try (Writer w = source.openWriter()) {
        w.write(GeneratedSources.text(f));
      } catch (IOException | RuntimeException e) {
        try {
          source.delete();
        } catch (RuntimeException ignored) {
          // best effort: the Filer may not allow it
        }
        throw e;
      }
    }
  }

  /** Where a file goes under {@code root}; refused when the path would leave it. */
  private static Path target(Path root, String relativePath) {
    Path target = root.resolve(relativePath).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("[kubegen] refusing to write " + target + ": it is outside " + root);
    }
    return target;
  }

  /** Refuses {@code dir} when its deepest existing ancestor is, through links, outside root. */
  private static void checkInside(Path root, Path dir) throws IOException {
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !existing.toRealPath().startsWith(root)) {
      throw new IllegalArgumentException(
          "[kubegen] refusing to write into " + dir + ": a symbolic link leads outside " + root);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public String toString() {
    return "GeneratorResult[" + counts + "]";
  }
}
