package io.kubegen.input.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the user wrote (files, directories or glob patterns, relative to a base directory)
 * into paths for the readers. Directories are passed on as they are (the readers list them);
 * a glob is expanded here, sorted, and must match at least one file.
 */
final class InputFiles {
  private InputFiles() {}

  static List<Path> resolve(Path base, List<String> entries, String what) {
    Set<Path> out = new LinkedHashSet<>();
    for (String entry : entries) {
      if (isGlob(entry)) {
        List<Path> matches = expand(base, entry);
        if (matches.isEmpty()) {
          throw new GenerationException(GenerationException.Kind.INPUT,
              "[kubegen] " + what + " pattern '" + entry + "' matches no file (in " + base.toAbsolutePath().normalize() + ")");
        }
        out.addAll(matches);
      } else {
        Path p = base.resolve(entry).normalize();
        if (!Files.exists(p)) {
          throw new GenerationException(GenerationException.Kind.INPUT,
              "[kubegen] " + what + " '" + entry + "': no such file or directory (" + p.toAbsolutePath() + ")");
        }
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  static boolean isGlob(String entry) {
    return entry.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** Walks from the pattern's literal prefix and keeps the regular files the rest matches. */
  private static List<Path> expand(Path base, String pattern) {
    String normalized = pattern.replace('\\', '/');
    String[] segments = normalized.split("/", -1);
    int literal = 0;
    while (literal < segments.length - 1 && !isGlob(segments[literal])) {
      literal++;
    }
    String prefix = String.join("/", java.util.Arrays.copyOfRange(segments, 0, literal));
    String rest = String.join("/", java.util.Arrays.copyOfRange(segments, literal, segments.length));
    Path start = prefix.isEmpty() ? base : (normalized.startsWith("/") && literal == 1 ? Path.of("/") : base.resolve(prefix));
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - literal;
    List<Path> matches = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(start, depth)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> matcher.matches(start.relativize(p)))
          .map(Path::normalize)
          .sorted()
          .forEach(matches::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return matches;
  }
}
