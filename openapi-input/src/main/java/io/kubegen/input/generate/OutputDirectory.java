package io.kubegen.input.generate;

import io.kubegen.generator.emit.GeneratorResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The directory kubegen owns. It carries a marker file naming the fingerprint of the run that
 * wrote it; kubegen replaces only directories that are missing, empty or marked, so a mistyped
 * output path never wipes a user's sources.
 *
 * <p>A run writes the whole new tree into a temporary sibling directory, then swaps it in with
 * renames in the same parent: a failed run leaves the previous output untouched, and a kind that
 * disappeared from the input leaves no stale file. Nothing is written outside the output
 * directory and its two short-lived siblings.
 */
final class OutputDirectory {
  static final String MARKER = ".kubegen";

  private final Path dir;

  OutputDirectory(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path path() {
    return dir;
  }

  /**
   * Fails unless kubegen may replace the directory: it is missing, empty, or has the marker.
   */
  void checkOwned() throws IOException {
    if (Files.isSymbolicLink(dir)) {
      throw refuse("it is a symbolic link");
    }
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse("it is a file, not a directory");
    }
    if (dir.getParent() == null) {
      throw refuse("it is a file system root");
    }
    if (!Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty()) {
      throw refuse("it is not empty and kubegen did not create it (no " + MARKER
          + " marker); choose another directory or empty it");
    }
  }

  /**
   * True when the marker records these inputs and the files are still those kubegen wrote. Stamps
   * decide when they match; contents are hashed only when one differs.
   */
  boolean upToDate(InputFingerprint inputs) throws IOException {
    Optional<Properties> marker = readMarker();
    if (marker.isEmpty()) {
      return false;
    }
    Properties m = marker.get();
    if (!inputs.stamp().equals(m.getProperty("inputStamps"))
        && !inputs.content().equals(m.getProperty("inputs"))) {
      return false;
    }
    return Fingerprint.stampOfTree(dir, MARKER).equals(m.getProperty("outputStamps"))
        || Fingerprint.ofTree(dir, MARKER).equals(m.getProperty("output"));
  }

  /** Replaces the directory's content with {@code result}, as a whole. */
  void replace(GeneratorResult result, InputFingerprint inputs) throws IOException {
    checkOwned();
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    String name = dir.getFileName().toString();
    Path staging = Files.createTempDirectory(parent, "." + name + ".kubegen-new-");
    Path old = null;
    try {
      // digests are taken from the bytes as they are written: the tree is never read back
      String output = Fingerprint.ofOutput(result.writeToEmpty(staging, Fingerprint::digestOf));
      Files.writeString(staging.resolve(MARKER),
          "# Created by kubegen: this directory is replaced as a whole on every run; do not edit it.\n"
              + "inputs=" + inputs.content() + "\ninputStamps=" + inputs.stamp()
              + "\noutput=" + output + "\noutputStamps=" + Fingerprint.stampOfTree(staging, MARKER) + "\n",
          StandardCharsets.UTF_8);
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        old = Files.createTempDirectory(parent, "." + name + ".kubegen-old-");
        move(dir, old.resolve(name));
        try {
          move(staging, dir);
        } catch (IOException e) {
          move(old.resolve(name), dir); // put the previous output back
          throw e;
        }
      } else {
        move(staging, dir);
      }
    } finally {
      deleteTree(staging);
      if (old != null) {
        deleteTree(old);
      }
    }
  }

  private Optional<Properties> readMarker() throws IOException {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (var reader = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return Optional.of(p);
  }

  private boolean isEmpty() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  private GenerationException refuse(String why) {
    return new GenerationException(GenerationException.Kind.INPUT,
        "[kubegen] refusing to replace the output directory " + dir + ": " + why);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a tree without following links (a link is removed, not what it points to). */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
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
}
