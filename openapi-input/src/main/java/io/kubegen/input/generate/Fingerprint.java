package io.kubegen.input.generate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fingerprints of what decides a run's output and of the output itself, in two strengths. A
 * <em>content</em> fingerprint is a SHA-256 of file contents; a <em>stamp</em> is a 64-bit FNV-1a
 * of each file's path, size and modification time, which costs a {@code stat} per file instead of
 * reading it.
 * The marker records both, so an unchanged build is recognised from stamps alone (a second Maven
 * run must stay within milliseconds), and contents are hashed only when a stamp differs (a
 * checkout that touched the files without changing them does not regenerate).
 *
 * <p>The kubegen jars enter both by stamp only: a rebuilt kubegen regenerates, and hashing a
 * shaded jar on every run would cost more than the check saves.
 */
final class Fingerprint {
  private static final String VERSION = "kubegen-fingerprint-2";

  /** SHA-256 for contents; null for stamps, which use {@link #stampHash} instead. */
  private final MessageDigest digest;
  private long stampHash = FNV_OFFSET;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Fingerprint(boolean contents) {
    this.digest = contents ? sha256() : null;
  }

  /** The inputs by content: options, kubegen jars (stamps), spec and CRD file contents. */
  static String ofInputs(GenerationConfig config, List<Path> specs, List<Path> crds) throws IOException {
    return inputs(config, specs, crds, true);
  }

  /** The inputs by stamp: as {@link #ofInputs} with file stamps in place of contents. */
  static String stampOfInputs(GenerationConfig config, List<Path> specs, List<Path> crds) throws IOException {
    return inputs(config, specs, crds, false);
  }

  private static String inputs(GenerationConfig config, List<Path> specs, List<Path> crds, boolean contents)
      throws IOException {
    Fingerprint f = new Fingerprint(contents);
    f.text(VERSION + (contents ? " contents" : " stamps"));
    f.codeOf(GenerationRun.class, io.kubegen.generator.emit.Generator.class);
    f.text("package=" + config.basePackage());
    f.text("generators=" + config.generators());
    f.text("includes=" + config.includes());
    f.text("excludes=" + config.excludes());
    f.text("plurals=" + config.pluralExceptions());
    f.text("userTypes=" + config.userTypes());
    f.text("specs");
    for (Path p : specs) {
      f.input(p, contents);
    }
    f.text("crds");
    for (Path p : crds) {
      f.input(p, contents);
    }
    return f.hex();
  }

  /** The SHA-256 of one output file's bytes, the unit {@link #ofOutput} combines. */
  static byte[] digestOf(byte[] content) {
    return sha256().digest(content);
  }

  /** An output tree by content, from each file's relative path ({@code /} separated) and digest. */
  static String ofOutput(Map<String, byte[]> digestsByPath) {
    Fingerprint f = new Fingerprint(true);
    f.text(VERSION + " output");
    for (Map.Entry<String, byte[]> e : new TreeMap<>(digestsByPath).entrySet()) {
      f.text(e.getKey());
      f.bytes(e.getValue());
    }
    return f.hex();
  }

  /** Every regular file under {@code dir} except the marker, by content; as {@link #ofOutput}. */
  static String ofTree(Path dir, String skipName) throws IOException {
    Map<String, byte[]> digests = new TreeMap<>();
    for (OutputFile file : files(dir, skipName)) {
      digests.put(file.relativePath(), digestOf(Files.readAllBytes(file.path())));
    }
    return ofOutput(digests);
  }

  /**
   * Every regular file under {@code dir} except the marker, by stamp. This is the whole cost of an
   * up-to-date build, run by a cold JVM: one directory walk, and FNV-1a rather than SHA-256 (which
   * runs interpreted that early; a stamp only decides whether to hash contents).
   */
  static String stampOfTree(Path dir, String skipName) throws IOException {
    Fingerprint f = new Fingerprint(false);
    f.text(VERSION + " output stamps");
    StringBuilder entry = new StringBuilder();
    for (OutputFile file : files(dir, skipName)) {
      BasicFileAttributes a = file.attributes();
      entry.setLength(0);
      f.text(entry.append(file.relativePath()).append('\t').append(a.size()).append('\t')
          .append(a.lastModifiedTime().toMillis()).toString());
    }
    return f.hex();
  }

  private record OutputFile(String relativePath, Path path, BasicFileAttributes attributes)
      implements Comparable<OutputFile> {
    @Override
    public int compareTo(OutputFile other) {
      return relativePath.compareTo(other.relativePath);
    }
  }

  /**
   * Regular files under {@code dir} but the marker, sorted by relative path ({@code /}
   * separated), with the attributes the walk read anyway (no further {@code stat}).
   */
  private static List<OutputFile> files(Path dir, String skipName) throws IOException {
    List<OutputFile> files = new ArrayList<>();
    int prefix = dir.toString().length() + 1;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
        String path = file.toString().substring(prefix).replace('\\', '/');
        if (a.isRegularFile() && !path.equals(skipName)) {
          files.add(new OutputFile(path, file, a));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(files);
    return files;
  }

  private void input(Path p, boolean contents) throws IOException {
    if (Files.isDirectory(p)) {
      List<Path> files;
      try (Stream<Path> list = Files.list(p)) {
        files = list.filter(Files::isRegularFile).sorted().toList();
      }
      text("dir " + p.toAbsolutePath());
      for (Path file : files) {
        text(file.getFileName().toString());
        content(file, contents);
      }
    } else {
      text("file " + p.toAbsolutePath());
      content(p, contents);
    }
  }

  private void content(Path file, boolean contents) throws IOException {
    if (contents) {
      bytes(Files.readAllBytes(file));
    } else {
      stamp(file);
    }
  }

  private void stamp(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    text(a.size() + " " + a.lastModifiedTime().toMillis());
  }

  /**
   * The jars the classes were loaded from, each once (in the command line's shaded jar they are
   * one), by stamp; nothing for a class directory (a build in progress).
   */
  private void codeOf(Class<?>... types) throws IOException {
    Set<Path> jars = new LinkedHashSet<>();
    for (Class<?> type : types) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        continue;
      }
      try {
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(location)) {
          jars.add(location);
        }
      } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        // not a file URL (a custom class loader): the options and inputs still decide
      }
    }
    for (Path jar : jars) {
      text(jar.toAbsolutePath().toString());
      stamp(jar);
    }
  }

  private void text(String s) {
    if (digest == null) {
      long h = stampHash ^ s.length();
      h *= FNV_PRIME;
      for (int i = 0; i < s.length(); i++) {
        h = (h ^ s.charAt(i)) * FNV_PRIME;
      }
      stampHash = h;
    } else {
      bytes(s.getBytes(StandardCharsets.UTF_8));
    }
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
    return digest == null ? "fnv64-" + Long.toHexString(stampHash) : HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
