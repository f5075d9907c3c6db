package io.kubegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar alone: {@code java -jar kubegen-cli-<version>.jar}, nothing else on the class path. */
class JarIT {
  @TempDir Path dir;

  private record Result(int code, String out) {}

  private Result java(String... args) throws IOException, InterruptedException {
    return java(Map.of(), args);
  }

  private Result java(Map<String, String> env, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("kubegen.cli.jar", "");
    assumeTrue(Files.isRegularFile(Path.of(jar)), "no shaded jar at '" + jar + "' (run mvn verify)");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().remove("KUBERNETES_SERVICE_HOST"); // not in-cluster, even on a CI pod
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the jar did not finish");
    return new Result(p.exitValue(), out);
  }

  @Test
  void generatesWithNothingElseOnTheClassPath() throws IOException, InterruptedException {
    try (InputStream in = JarIT.class.getResourceAsStream("/crontab-crd.yaml")) {
      Files.copy(in, dir.resolve("crontab.yaml"));
    }
    Result r = java("generate", "--crd", "crontab.yaml", "--package", "io.acme", "--out", "gen");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().startsWith("kubegen: 1 group, 1 resource, "), r.out());
    assertEquals(1, r.out().strip().lines().count(), "only the summary line: " + r.out());
    assertTrue(Files.isRegularFile(dir.resolve("gen/io/acme/clientset/Clientset.java")));
  }

  @Test
  void theLauncherScriptRunsTheJar() throws IOException, InterruptedException {
    Path script = Path.of("kubegen").toAbsolutePath();
    assumeTrue(Files.isExecutable(script) && Files.isRegularFile(Path.of(System.getProperty("kubegen.cli.jar", ""))),
        "no launcher script or shaded jar (run mvn verify in cli)");
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "--help").redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("Usage: kubegen generate"), out);
  }

  /** One run of a launcher script: stdout and stderr apart, as the JVM's own warnings go to stdout. */
  private record Launch(int code, String out, String err) {
    /** The summary line without its timing, the one part that differs from run to run. */
    String summary() {
      return out.replaceAll(" in \\d+ ms ", " in <t> ms ");
    }
  }

  /** Runs {@code script generate --crd crontab.yaml ...} in a fresh directory {@code name}. */
  private Launch generate(Path script, String name, Map<String, String> env)
      throws IOException, InterruptedException {
    Path work = Files.createDirectory(dir.resolve(name));
    try (InputStream in = JarIT.class.getResourceAsStream("/crontab-crd.yaml")) {
      Files.copy(in, work.resolve("crontab.yaml"));
    }
    Path err = work.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(script.toString(),
        "generate", "--crd", "crontab.yaml", "--package", "io.acme", "--out", "gen")
        .directory(work.toFile()).redirectError(err.toFile());
    builder.environment().remove("KUBERNETES_SERVICE_HOST");
    builder.environment().remove("KUBEGEN_JAVA_OPTS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
    return new Launch(p.exitValue(), out, Files.readString(err));
  }

  /** The generated sources under {@code name/gen}, by relative path. */
  private Map<String, String> sources(String name) throws IOException {
    Path gen = dir.resolve(name).resolve("gen");
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(gen)) {
      for (Path f : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        files.put(gen.relativize(f).toString(), Files.readString(f));
      }
    }
    return files;
  }

  private static Path launcherAndJar() {
    Path script = Path.of("kubegen").toAbsolutePath();
    Path jar = Path.of(System.getProperty("kubegen.cli.jar", ""));
    assumeTrue(Files.isExecutable(script) && Files.isRegularFile(jar),
        "no launcher script or shaded jar (run mvn verify in cli)");
    return jar;
  }

  /**
   * A kubegen-cli.jsa beside the jar that the JVM refuses (not an archive; an archive made for the
   * same jar at another path, as after copying a build) changes nothing: same exit code, summary
   * and sources as without one, and no CDS message on either stream. Not tested: a truncated
   * archive, which Java 17 maps without checking its length and crashes on; the build writes the
   * archive under another name and renames it when complete.
   */
  @Test
  void aRefusedArchiveChangesNothing() throws IOException, InterruptedException {
    Path jar = launcherAndJar();
    Path dist = Files.createDirectory(dir.resolve("dist"));
    Path script = Files.copy(Path.of("kubegen"), dist.resolve("kubegen"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(jar, dist.resolve(jar.getFileName()));
    Launch plain = generate(script, "plain", Map.of());
    assertEquals(0, plain.code(), plain.out() + plain.err());
    assertEquals("", plain.err());
    assertTrue(plain.out().startsWith("kubegen: 1 group, 1 resource, "), plain.out());

    Map<String, byte[]> archives = new LinkedHashMap<>();
    archives.put("garbage", "not a class-data-sharing archive\n".repeat(200).getBytes(StandardCharsets.UTF_8));
    Path built = jar.resolveSibling("kubegen-cli.jsa");
    if (Files.isRegularFile(built)) {
      archives.put("elsewhere", Files.readAllBytes(built));
    }
    Path archive = dist.resolve("kubegen-cli.jsa");
    for (Map.Entry<String, byte[]> a : archives.entrySet()) {
      Files.deleteIfExists(archive);
      Files.write(archive, a.getValue());
      Launch with = generate(script, a.getKey(), Map.of());
      assertEquals(plain.code(), with.code(), a.getKey() + ": " + with.out() + with.err());
      assertEquals(plain.summary(), with.summary(), a.getKey());
      assertEquals("", with.err(), a.getKey());
      assertEquals(sources("plain"), sources(a.getKey()), a.getKey());
    }
  }

  /**
   * The archive mvn package made is one the launcher's JVM accepts (kubegen's classes come from
   * it), and a generation with it is the same as one without.
   */
  @Test
  void theLauncherUsesTheArchiveFromPackage() throws IOException, InterruptedException {
    Path jar = launcherAndJar();
    assumeTrue(Files.isRegularFile(jar.resolveSibling("kubegen-cli.jsa")),
        "no class-data-sharing archive in target (making it is best-effort)");
    String flags = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    Launch shared = generate(Path.of("kubegen").toAbsolutePath(), "shared",
        Map.of("KUBEGEN_JAVA_OPTS", flags + " -Xlog:class+load=info:file=classes.log"));
    Launch unshared = generate(Path.of("kubegen").toAbsolutePath(), "unshared",
        Map.of("KUBEGEN_JAVA_OPTS", flags + " -Xshare:off"));
    assertEquals(0, shared.code(), shared.out() + shared.err());
    assertEquals("", shared.err());
    assertEquals(unshared.code(), shared.code());
    assertEquals(unshared.summary(), shared.summary());
    assertEquals(sources("unshared"), sources("shared"));
    try (Stream<String> lines = Files.lines(dir.resolve("shared/classes.log"))) {
      assertTrue(lines.anyMatch(l -> l.contains(" io.kubegen.") && l.contains("shared objects file (top)")),
          "no kubegen class came from the archive");
    }
  }

  @Test
  void helpAndUsageErrorExitCodes() throws IOException, InterruptedException {
    Result help = java("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().startsWith("Usage: kubegen generate"), help.out());
    Result bad = java("generate", "--out", "x");
    assertEquals(2, bad.code());
    assertEquals("kubegen: --package is required (see kubegen --help)", bad.out().strip());
  }

  @Test
  void fromClusterWithoutAKubeconfigIsBadInputInOneLine() throws IOException, InterruptedException {
    Result r = java(Map.of("KUBECONFIG", dir.resolve("missing-kubeconfig").toString(), "HOME", dir.toString()),
        "generate", "--from-cluster", "--package", "io.acme", "--out", "gen");
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().startsWith("[kubegen-read] kubeconfig: "), r.out());
    assertEquals(1, r.out().strip().lines().count(), "one line, no logging noise: " + r.out());
  }
}
