package io.kubegen.input.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kubegen.input.ClusterReader;
import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared pipeline: inputs, up-to-date check, whole replacement of the output, failures. */
class GenerationRunTest {
  @TempDir Path project;

  private final AtomicLong nanos = new AtomicLong();
  private final GenerationRun run = GenerationRun.create(() -> nanos.addAndGet(5_000_000));

  @BeforeEach
  void inputs() throws IOException {
    copy("crontab-crd.yaml", "src/main/crds/crontab.yaml");
    copy("configmaps-v2.json", "src/main/openapi/configmaps.json");
    copy("bad-crd.yaml", "bad/widget.yaml");
  }

  private void copy(String resource, String to) throws IOException {
    Path target = project.resolve(to);
    Files.createDirectories(target.getParent());
    try (InputStream in = GenerationRunTest.class.getResourceAsStream("/generate/" + resource)) {
      Files.copy(in, target);
    }
  }

  private GenerationConfig.Builder config() {
    return GenerationConfig.builder()
        .baseDirectory(project)
        .crds(List.of("src/main/crds"))
        .basePackage("io.acme.k8s")
        .outputDirectory(Path.of("target/generated-sources/kubegen"));
  }

  private Path out() {
    return project.resolve("target/generated-sources/kubegen");
  }

  private Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return files;
  }

  @Test
  void generatesFromCrdsAndSaysWhatItDid() throws IOException {
    GenerationSummary s = run.run(config().build());
    assertEquals(GenerationSummary.Outcome.GENERATED, s.outcome());
    assertEquals(1, s.groups());
    assertEquals(1, s.resources());
    assertTrue(Files.isRegularFile(out().resolve("io/acme/k8s/apis/stable/v1/CronTab.java")));
    assertTrue(Files.isRegularFile(out().resolve("io/acme/k8s/clientset/Clientset.java")));
    assertTrue(Files.isRegularFile(out().resolve(OutputDirectory.MARKER)));
    assertEquals(s.files() + 1, tree(out()).size());
    assertEquals("kubegen: 1 group, 1 resource, " + s.files() + " files in 5 ms -> "
        + Path.of("target", "generated-sources", "kubegen"), s.line());
    try (Stream<Path> siblings = Files.list(out().getParent())) {
      assertEquals(List.of(out()), siblings.toList(), "no temporary directory left behind");
    }
  }

  @Test
  void secondRunWithSameInputsWritesNothing() throws IOException {
    run.run(config().build());
    FileTime before = Files.getLastModifiedTime(out().resolve(OutputDirectory.MARKER));
    Map<String, String> first = tree(out());
    GenerationSummary s = run.run(config().build());
    assertEquals(GenerationSummary.Outcome.UP_TO_DATE, s.outcome());
    assertEquals("kubegen: up to date, nothing written, checked in 5 ms ("
        + Path.of("target", "generated-sources", "kubegen") + ")", s.line());
    assertEquals(first, tree(out()));
    assertEquals(before, Files.getLastModifiedTime(out().resolve(OutputDirectory.MARKER)));
  }

  @Test
  void changedOptionOrEditedOutputRegenerates() throws IOException {
    run.run(config().build());
    assertEquals(GenerationSummary.Outcome.GENERATED,
        run.run(config().generators(Set.of("models", "register")).build()).outcome());
    assertFalse(Files.exists(out().resolve("io/acme/k8s/clientset/Clientset.java")),
        "files of kinds no longer generated are gone");
    Path crontab = out().resolve("io/acme/k8s/apis/stable/v1/CronTab.java");
    Files.writeString(crontab, "// edited by hand");
    assertEquals(GenerationSummary.Outcome.GENERATED,
        run.run(config().generators(Set.of("models", "register")).build()).outcome());
    assertTrue(Files.readString(crontab).contains("class CronTab"));
  }

  @Test
  void touchedButUnchangedFilesAreStillUpToDate() throws IOException {
    run.run(config().build());
    Map<String, String> first = tree(out());
    FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
    Files.setLastModifiedTime(project.resolve("src/main/crds/crontab.yaml"), later);
    Files.setLastModifiedTime(out().resolve("io/acme/k8s/apis/stable/v1/CronTab.java"), later);
    FileTime marker = Files.getLastModifiedTime(out().resolve(OutputDirectory.MARKER));
    assertEquals(GenerationSummary.Outcome.UP_TO_DATE, run.run(config().build()).outcome(),
        "stamps differ, contents do not");
    assertEquals(first, tree(out()));
    assertEquals(marker, Files.getLastModifiedTime(out().resolve(OutputDirectory.MARKER)));
  }

  @Test
  void sameSizeEditOfAnOutputFileRegenerates() throws IOException {
    run.run(config().build());
    Path crontab = out().resolve("io/acme/k8s/apis/stable/v1/CronTab.java");
    String original = Files.readString(crontab);
    Files.writeString(crontab, original.replace("class CronTab", "class CronTaX"));
    Files.setLastModifiedTime(crontab, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertEquals(GenerationSummary.Outcome.GENERATED, run.run(config().build()).outcome());
    assertEquals(original, Files.readString(crontab));
  }

  @Test
  void sameSizeEditOfAnInputRegenerates() throws IOException {
    run.run(config().build());
    Path crd = project.resolve("src/main/crds/crontab.yaml");
    Files.writeString(crd, Files.readString(crd).replace("kind: CronTab", "kind: CronTaX"));
    Files.setLastModifiedTime(crd, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertEquals(GenerationSummary.Outcome.GENERATED, run.run(config().build()).outcome());
    assertTrue(Files.exists(out().resolve("io/acme/k8s/apis/stable/v1/CronTaX.java")));
  }

  @Test
  void renamedKindLeavesNoStaleFile() throws IOException {
    run.run(config().build());
    Path crd = project.resolve("src/main/crds/crontab.yaml");
    Files.writeString(crd, Files.readString(crd).replace("kind: CronTab", "kind: CronJobLike"));
    run.run(config().build());
    assertFalse(Files.exists(out().resolve("io/acme/k8s/apis/stable/v1/CronTab.java")));
    assertTrue(Files.exists(out().resolve("io/acme/k8s/apis/stable/v1/CronJobLike.java")));
  }

  @Test
  void badCrdFailsWithFileAndLocationAndKeepsThePreviousOutput() throws IOException {
    run.run(config().build());
    Map<String, String> before = tree(out());
    GenerationException e = assertThrows(GenerationException.class,
        () -> run.run(config().crds(List.of("src/main/crds", "bad/*.yaml")).build()));
    assertEquals(GenerationException.Kind.INPUT, e.kind());
    assertTrue(e.getMessage().contains("widget.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("/metadata/name"), e.getMessage());
    assertTrue(e.getMessage().contains("line "), e.getMessage());
    assertEquals(0, e.getStackTrace().length, "a user-facing failure carries no stack trace");
    assertEquals(before, tree(out()));
  }

  @Test
  void refusesToClearAForeignNonEmptyDirectory() throws IOException {
    Path mine = out().resolve("Mine.java");
    Files.createDirectories(out());
    Files.writeString(mine, "class Mine {}");
    GenerationException e = assertThrows(GenerationException.class, () -> run.run(config().build()));
    assertEquals(GenerationException.Kind.INPUT, e.kind());
    assertTrue(e.getMessage().contains("kubegen did not create it"), e.getMessage());
    assertEquals(Map.of("Mine.java", "class Mine {}"), tree(out()));
  }

  @Test
  void emptyForeignDirectoryIsTaken() throws IOException {
    Files.createDirectories(out());
    assertEquals(GenerationSummary.Outcome.GENERATED, run.run(config().build()).outcome());
  }

  @Test
  void specsAndCrdsTogetherWithGlobsAndAFilter() throws IOException {
    GenerationSummary s = run.run(config()
        .specs(List.of("src/main/openapi/*.json"))
        .crds(List.of("src/**/*.yaml"))
        .includes(List.of("core/v1", "stable.example.com"))
        .build());
    assertEquals(2, s.groups());
    assertEquals(2, s.resources());
    assertTrue(Files.isRegularFile(out().resolve("io/acme/k8s/apis/core/v1/ConfigMap.java")));
    assertTrue(Files.isRegularFile(out().resolve("io/acme/k8s/apis/stable/v1/CronTab.java")));
  }

  @Test
  void userExpansionIsExtendedNotGenerated() throws IOException {
    run.run(config().build());
    String name = "io.acme.k8s.clientset.typed.stable.v1.CronTabExpansion";
    Path generated = out().resolve(name.replace('.', '/') + ".java");
    Path client = out().resolve("io/acme/k8s/clientset/typed/stable/v1/CronTabClient.java");
    assertFalse(Files.exists(generated), "no empty expansion when the user has none");
    assertFalse(Files.readString(client).contains("extends CronTabExpansion"));
    run.run(config().userTypes(Set.of(name)).build());
    assertFalse(Files.exists(generated), "left to the user's own");
    assertTrue(Files.readString(client).contains("interface CronTabClient extends CronTabExpansion"));
  }

  @Test
  void missingInputsAreInputErrors() {
    GenerationException noMatch = assertThrows(GenerationException.class,
        () -> run.run(config().crds(List.of("nowhere/*.yaml")).build()));
    assertEquals(GenerationException.Kind.INPUT, noMatch.kind());
    assertTrue(noMatch.getMessage().contains("'nowhere/*.yaml' matches no file"), noMatch.getMessage());
    GenerationException missing = assertThrows(GenerationException.class,
        () -> run.run(config().specs(List.of("api.json")).build()));
    assertTrue(missing.getMessage().contains("spec 'api.json': no such file"), missing.getMessage());
    assertFalse(Files.exists(out()));
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertUsage(config().basePackage(null), "base package is required");
    assertUsage(config().basePackage("not a package"), "");
    assertUsage(config().generators(Set.of("models", "crds")), "unknown artifact kind [crds]");
    assertUsage(config().crds(List.of()), "no input");
    assertUsage(config().pluralExceptions(List.of("Endpoints")), "Kind:Plural");
    assertUsage(config().includes(List.of("a/b/c")), "one '/'");
    assertUsage(config().context("dev"), "applies to fromCluster only");
  }

  private void assertUsage(GenerationConfig.Builder builder, String text) {
    GenerationException e = assertThrows(GenerationException.class, () -> run.run(builder.build()));
    assertEquals(GenerationException.Kind.USAGE, e.kind(), e.getMessage());
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }

  @Test
  void fromClusterReadsTheServerEveryRunAndMergesWithCrds() throws IOException {
    byte[] v2;
    try (InputStream in = GenerationRunTest.class.getResourceAsStream("/generate/configmaps-v2.json")) {
      v2 = in.readAllBytes();
    }
    AtomicLong fetches = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      boolean isV2 = exchange.getRequestURI().getPath().equals("/openapi/v2");
      if (isV2) {
        fetches.incrementAndGet();
      }
      byte[] body = isV2 ? v2 : new byte[0];
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(isV2 ? 200 : 404, body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      List<Optional<String>> contexts = new ArrayList<>();
      List<String> plurals = new ArrayList<>();
      GenerationRun clusterRun = GenerationRun.create(nanos::get, (context, filter, naming) -> {
        contexts.add(context);
        plurals.add(naming.plural("ConfigMap"));
        return ClusterReader.create(RestConfig.builder(uri).build()).filter(filter).naming(naming).read();
      });
      GenerationConfig config = config().fromCluster(true).context("dev")
          .pluralExceptions(List.of("ConfigMap:ConfigMapz")).build();
      GenerationSummary s = clusterRun.run(config);
      assertEquals(2, s.groups(), s.line());
      assertTrue(Files.isRegularFile(out().resolve("io/acme/k8s/apis/core/v1/ConfigMap.java")));
      assertTrue(Files.isRegularFile(out().resolve("io/acme/k8s/apis/stable/v1/CronTab.java")));
      assertEquals(GenerationSummary.Outcome.GENERATED, clusterRun.run(config).outcome(),
          "a cluster cannot be fingerprinted without reading it");
      assertEquals(2, fetches.get());
      assertEquals(List.of(Optional.of("dev"), Optional.of("dev")), contexts);
      assertEquals(List.of("ConfigMapz", "ConfigMapz"), plurals, "the cluster is read with the plural exceptions");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unreachableClusterIsAnInputError() {
    GenerationRun clusterRun = GenerationRun.create(nanos::get, (context, filter, naming) ->
        ClusterReader.create(RestConfig.builder(URI.create("http://127.0.0.1:1")).build()).filter(filter).read());
    GenerationException e = assertThrows(GenerationException.class,
        () -> clusterRun.run(config().crds(List.of()).fromCluster(true).build()));
    assertEquals(GenerationException.Kind.INPUT, e.kind());
    assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    assertEquals(0, e.getStackTrace().length);
  }

  @Test
  void skipDoesNothing() {
    GenerationSummary s = run.run(config().crds(List.of("nowhere")).skip(true).build());
    assertEquals(GenerationSummary.Outcome.SKIPPED, s.outcome());
    assertEquals("kubegen: skipped", s.line());
    assertFalse(Files.exists(out()));
  }

  @Test
  void expansionTypesAreFoundByFileName() throws IOException {
    Path src = project.resolve("src/main/java");
    Files.createDirectories(src.resolve("io/acme/k8s/clientset/typed/stable/v1"));
    Files.writeString(src.resolve("io/acme/k8s/clientset/typed/stable/v1/CronTabExpansion.java"), "");
    Files.writeString(src.resolve("io/acme/k8s/clientset/typed/stable/v1/CronTabHelper.java"), "");
    assertEquals(Set.of("io.acme.k8s.clientset.typed.stable.v1.CronTabExpansion"),
        ExpansionTypes.scan(List.of(src, project.resolve("missing"))));
  }
}
