package io.kubegen.input.generate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything that decides a run's output: the input files' contents, the
 * options, and the kubegen jars themselves (so a new kubegen regenerates). Also hashes an output
 * tree, so that a hand-edited or partly deleted output is not taken as up to date.
 */
final class Fingerprint {
  private final MessageDigest digest;

  private Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  static String ofInputs(GenerationConfig config, List<Path> specs, List<Path> crds) throws IOException {
    Fingerprint f = new Fingerprint();
    f.text("kubegen-fingerprint-1");
    f.codeOf(GenerationRun.class, io.kubegen.generator.emit.Generator.class);
    f.text("package=" + config.basePackage());
    f.text("generators=" + config.generators());
    f.text("includes=" + config.includes());
    f.text("excludes=" + config.excludes());
    f.text("plurals=" + config.pluralExceptions());
    f.text("userTypes=" + config.userTypes());
    f.text("specs");
    for (Path p : specs) {
      f.path(p);
    }
    f.text("crds");
    for (Path p : crds) {
      f.path(p);
    }
    return f.hex();
  }

  /** Every regular file under {@code dir} except the marker: relative path and content. */
  static String ofTree(Path dir, String skipName) throws IOException {
    Fingerprint f = new Fingerprint();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !(p.getParent().equals(dir) && p.getFileName().toString().equals(skipName)))
          .sorted()
          .toList();
    }
    for (Path p : files) {
      f.text(dir.relativize(p).toString().replace('\\', '/'));
      f.bytes(Files.readAllBytes(p));
    }
    return f.hex();
  }

  private void path(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      List<Path> files;
      try (Stream<Path> list = Files.list(p)) {
        files = list.filter(Files::isRegularFile).sorted().toList();
      }
      text("dir " + p.toAbsolutePath());
      for (Path file : files) {
        text(file.getFileName().toString());
        bytes(Files.readAllBytes(file));
      }
    } else {
      text("file " + p.toAbsolutePath());
      bytes(Files.readAllBytes(p));
    }
  }

  /**
   * The jars the classes were loaded from, each once (in the command line's shaded jar they are
   * one); nothing for a class directory (a build in progress).
   */
  private void codeOf(Class<?>... types) throws IOException {
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Class<?> type : types) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        continue;
      }
      try {
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(location) && seen.add(location)) {
          bytes(Files.readAllBytes(location));
        }
      } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        // not a file URL (a custom class loader): the options and inputs still decide
      }
    }
  }

  private void text(String s) {
    bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so that no two different sequences hash the same bytes. */
  private void bytes(byte[] b) {
    long n = b.length;
    for (int i = 0; i < 8; i++) {
      digest.update((byte) (n >>> (8 * i)));
    }
    digest.update(b);
  }

  private String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
