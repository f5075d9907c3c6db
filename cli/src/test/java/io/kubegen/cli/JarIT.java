package io.kubegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
