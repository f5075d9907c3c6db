package io.kubegen.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import io.kubegen.runtime.clientcmd.ConfigException;
import io.kubegen.runtime.clientcmd.KubeconfigLoader;
import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterReaderTest {
  private static final String TOKEN = "s3cr3t-bearer-token-for-cluster-reader";
  private static final List<String> V3_DOCUMENTS = List.of(
      "/openapi/v3/api/v1", "/openapi/v3/apis/apps/v1", "/openapi/v3/apis/coordination.k8s.io/v1");

  private final ScriptedApiServer server = ScriptedApiServer.start(TOKEN);

  @AfterEach
  void stop() {
    server.close();
  }

  private RestConfig config(String token) {
    return RestConfig.builder(server.uri())
        .sslContext(ClusterTestTls.get().clientContext())
        .bearerToken(token)
        .maxRetries(0)
        .build();
  }

  @Test
  void readsTheCorpusV3DocumentsAsReadingTheFilesDirectly() {
    Path v3 = Corpus.dir("specs/v3");
    server.serveV3(v3);

    ApiModel fromCluster = ClusterReader.create(config(TOKEN)).read();

    assertEquals(OpenApiReader.create().read(v3), fromCluster);
    assertEquals("/openapi/v3", server.requestedPaths().get(0));
    assertEquals(V3_DOCUMENTS, server.requestedPaths().subList(1, 4).stream().sorted().toList());
    assertEquals(4, server.requests().size(), "only group versions are fetched: " + server.requestedPaths());
    for (ScriptedApiServer.Request r : server.requests()) {
      assertEquals("Bearer " + TOKEN, r.authorization(), r.path());
      if (!r.path().equals("/openapi/v3")) {
        assertTrue(r.query() != null && r.query().matches("hash=[0-9A-F]{64}"),
            "the discovery document's hash is sent: " + r.query());
      }
    }
  }

  @Test
  void theFilterPreventsFetchingExcludedGroupVersions() throws IOException {
    Path v3 = Corpus.dir("specs/v3");
    server.serveV3(v3);
    GroupVersionFilter onlyApps = GroupVersionFilter.of(List.of("apps/v1"), List.of());

    ApiModel fromCluster = ClusterReader.create(config(TOKEN)).filter(onlyApps).read();

    assertEquals(List.of("/openapi/v3", "/openapi/v3/apis/apps/v1"), server.requestedPaths());
    // The apps document alone carries the core types its resources refer to: reading only it
    // gives the same model as reading every document with the filter.
    OpenApiReader reader = OpenApiReader.create(Naming.defaults(), onlyApps);
    Path apps = v3.resolve("apis__apps__v1_openapi.json");
    assertEquals(reader.readDocuments(List.of(
        new InputDocument("/openapi/v3/apis/apps/v1", Files.readAllBytes(apps)))), fromCluster);
    assertEquals(reader.read(v3), fromCluster);
    assertTrue(fromCluster.groups().stream().anyMatch(g -> g.name().equals("apps")));
  }

  @Test
  void excludesAreAppliedBeforeFetching() {
    server.serveV3(Corpus.dir("specs/v3"));
    GroupVersionFilter noCore = GroupVersionFilter.of(List.of(), List.of("core", "coordination.k8s.io"));

    ClusterReader.create(config(TOKEN)).filter(noCore).read();

    assertEquals(List.of("/openapi/v3", "/openapi/v3/apis/apps/v1"), server.requestedPaths());
  }

  @Test
  void aFilterThatMatchesNothingSaysSo() {
    server.serveV3(Corpus.dir("specs/v3"));
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN))
        .filter(GroupVersionFilter.of(List.of("batch"), List.of())).read());
    assertTrue(e.getMessage().contains("no group version") && e.getMessage().contains("[batch]"),
        e.getMessage());
    assertEquals(List.of("/openapi/v3"), server.requestedPaths());
  }

  @Test
  void fallsBackToV2WhenTheServerHasNoV3() throws IOException {
    Path v2 = Corpus.dir("specs/v2/kubernetes-1.36.0.json");
    server.serve("/openapi/v2", Files.readAllBytes(v2));

    ApiModel fromCluster = ClusterReader.create(config(TOKEN)).read();

    assertEquals(OpenApiReader.create().read(v2), fromCluster);
    assertEquals(List.of("/openapi/v3", "/openapi/v2"), server.requestedPaths());
  }

  @Test
  void neitherV3NorV2IsAClearError() {
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN)).read());
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage().contains("neither /openapi/v3 nor /openapi/v2")
        && e.getMessage().contains(server.uri().toString()), e.getMessage());
  }

  @Test
  void unauthorizedSaysSoWithoutTheToken() {
    server.serveV3(Corpus.dir("specs/v3"));
    String wrong = "wrong-token-that-must-not-be-shown";
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(wrong)).read());
    assertEquals("/openapi/v3", e.problems().get(0).file());
    assertTrue(e.getMessage().contains("401 Unauthorized")
        && e.getMessage().contains(server.uri().toString())
        && e.getMessage().contains("did not accept the configured credentials"), e.getMessage());
    assertFalse(e.getMessage().contains(wrong), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertEquals(null, e.getCause());
    assertEquals(0, e.getStackTrace().length, "a ReadException carries no stack trace for the user");
  }

  @Test
  void forbiddenSaysWhatIsMissingWithoutTheToken() {
    server.failWith(403, "forbidden: User \"alice\" cannot get path \"/openapi/v3\"");
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN)).read());
    assertTrue(e.getMessage().contains("403 Forbidden")
        && e.getMessage().contains("/openapi/v3")
        && e.getMessage().contains("User \"alice\" cannot get path"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
  }

  @Test
  void anUnreachableServerIsNamed() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    RestConfig dead = RestConfig.builder("https://127.0.0.1:" + port)
        .sslContext(ClusterTestTls.get().clientContext())
        .bearerToken(TOKEN)
        .maxRetries(0)
        .build();
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(dead).read());
    assertTrue(e.getMessage().contains("cannot reach the API server https://127.0.0.1:" + port),
        e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
  }

  @Test
  void aDocumentChangedSinceDiscoveryIsFetchedAnew() throws IOException {
    Path v3 = Corpus.dir("specs/v3");
    server.serveV3(v3);
    byte[] apps = Files.readAllBytes(v3.resolve("apis__apps__v1_openapi.json"));
    // Same content, new hash: the server now redirects the hash the discovery document named.
    byte[] changed = (new String(apps, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    server.replaceV3Document("apis/apps/v1", changed);

    ApiModel fromCluster = ClusterReader.create(config(TOKEN)).read();

    assertEquals(OpenApiReader.create().read(v3), fromCluster);
    List<ScriptedApiServer.Request> apps1 = server.requests().stream()
        .filter(r -> r.path().equals("/openapi/v3/apis/apps/v1")).toList();
    assertEquals(2, apps1.size(), "the stale hash, then the current document");
    assertEquals(null, apps1.get(1).query());
  }

  @Test
  void aDocumentThatFailsIsNamedByItsPath() {
    server.serveV3(Corpus.dir("specs/v3"));
    server.remove("/openapi/v3/apis/apps/v1");
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN)).read());
    assertEquals("/openapi/v3/apis/apps/v1", e.problems().get(0).file(), e.getMessage());
    assertTrue(e.getMessage().contains("answered 404"), e.getMessage());
  }

  @Test
  void problemsInAFetchedDocumentPointAtItsUrlPath() {
    server.serveV3Document("apis/broken.example.com/v1", "{\"openapi\": \"3.0.0\", ".getBytes(StandardCharsets.UTF_8));
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN)).read());
    assertEquals("/openapi/v3/apis/broken.example.com/v1", e.problems().get(0).file(), e.getMessage());
  }

  @Test
  void anInvalidDiscoveryDocumentIsAClearError() {
    server.serve("/openapi/v3", "{\"paths\": [1, 2]}".getBytes(StandardCharsets.UTF_8));
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN)).read());
    assertTrue(e.getMessage().startsWith("[kubegen-read] /openapi/v3: not an OpenAPI v3 discovery document"),
        e.getMessage());
  }

  @Test
  void aDocumentUrlOffTheServerIsRefused() {
    server.serve("/openapi/v3", ("{\"paths\": {\"apis/apps/v1\": "
        + "{\"serverRelativeURL\": \"https://elsewhere.example.com/openapi/v3/apis/apps/v1\"}}}")
        .getBytes(StandardCharsets.UTF_8));
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN)).read());
    assertTrue(e.getMessage().contains("/paths/apis~1apps~1v1/serverRelativeURL")
        && e.getMessage().contains("is not a path on this server"), e.getMessage());
    assertEquals(List.of("/openapi/v3"), server.requestedPaths());
  }

  @Test
  void aDocumentUrlThatClimbsOutOfTheOpenApiPathIsRefused() {
    server.serve("/openapi/v3", ("{\"paths\": {\"apis/apps/v1\": "
        + "{\"serverRelativeURL\": \"/openapi/v3/../../api/v1/secrets?hash=1\"}}}")
        .getBytes(StandardCharsets.UTF_8));
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(config(TOKEN)).read());
    assertTrue(e.getMessage().contains("is not a path on this server"), e.getMessage());
    assertEquals(List.of("/openapi/v3"), server.requestedPaths());
  }

  @Test
  void failingCredentialsAreAReadException() {
    server.serveV3(Corpus.dir("specs/v3"));
    // As an exec plugin or a token file fails: at request time, with a ConfigException.
    RestConfig failing = RestConfig.builder(server.uri())
        .sslContext(ClusterTestTls.get().clientContext())
        .credentials(request -> {
          throw new ConfigException("user \"u\": the exec plugin get-token exited with code 1");
        })
        .build();
    ReadException e = assertThrows(ReadException.class, () -> ClusterReader.create(failing).read());
    assertTrue(e.getMessage().contains("cannot authenticate to the API server " + server.uri()),
        e.getMessage());
  }

  @Test
  void documentsAreFetchedInParallelWithABound() {
    byte[] empty = "{\"openapi\": \"3.0.0\", \"paths\": {}, \"components\": {\"schemas\": {}}}"
        .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 9; i++) {
      server.serveV3Document("apis/g" + i + ".example.com/v1", empty);
    }
    // Every document waits until a second one is in flight: a sequential reader would fail here.
    CountDownLatch two = new CountDownLatch(2);
    server.hook(path -> {
      two.countDown();
      if (!two.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("documents were fetched one at a time");
      }
    });

    ClusterReader.create(config(TOKEN)).read();

    assertEquals(10, server.requests().size(), server.requestedPaths().toString());
    assertTrue(server.maxInFlight() >= 2, "fetched in parallel");
    assertTrue(server.maxInFlight() <= ClusterReader.PARALLEL,
        "at most " + ClusterReader.PARALLEL + " at once, saw " + server.maxInFlight());
  }

  @Test
  void readingRaisesTheDefaultRateLimitAndSetsATimeout() {
    RestConfig defaults = RestConfig.builder("https://127.0.0.1:6443").build();
    RestConfig reading = ClusterReader.forReading(defaults);
    assertEquals(ClusterReader.MIN_QPS, reading.qps());
    assertEquals(ClusterReader.MIN_BURST, reading.burst());
    assertTrue(reading.requestTimeout() != null);
    RestConfig unlimited = RestConfig.builder("https://127.0.0.1:6443").qps(0).build();
    assertEquals(0, ClusterReader.forReading(unlimited).qps(), "an unlimited client stays unlimited");
  }

  @Test
  void aKubeconfigContextReadsTheClusterEndToEnd(@TempDir Path dir) throws IOException {
    Path v3 = Corpus.dir("specs/v3");
    server.serveV3(v3);
    String ca = Base64.getEncoder().encodeToString(ClusterTestTls.get().caPem().getBytes(StandardCharsets.US_ASCII));
    Path kubeconfig = Files.writeString(dir.resolve("config"), String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "current-context: elsewhere",
        "clusters:",
        "- name: scripted",
        "  cluster:",
        "    server: " + server.uri(),
        "    certificate-authority-data: " + ca,
        "- name: nowhere",
        "  cluster:",
        "    server: https://127.0.0.1:1",
        "    certificate-authority-data: " + ca,
        "users:",
        "- name: reader",
        "  user:",
        "    token: " + TOKEN,
        "contexts:",
        "- name: scripted",
        "  context: {cluster: scripted, user: reader}",
        "- name: elsewhere",
        "  context: {cluster: nowhere, user: reader}",
        ""), StandardCharsets.UTF_8);
    KubeconfigLoader loader = KubeconfigLoader.create(Map.of("KUBECONFIG", kubeconfig.toString()), dir)
        .serviceAccountDirectory(dir.resolve("no-service-account"));

    ApiModel model = ClusterReader.fromKubeconfig(loader.context("scripted")).read();

    assertEquals(OpenApiReader.create().read(v3), model);
    assertTrue(server.requests().stream().allMatch(r -> ("Bearer " + TOKEN).equals(r.authorization())));
  }

  @Test
  void aKubeconfigThatCannotBeLoadedIsAReadException(@TempDir Path dir) throws IOException {
    Path kubeconfig = Files.writeString(dir.resolve("config"), "apiVersion: v1\nkind: Config\n"
        + "current-context: a\ncontexts: []\nclusters: []\nusers: []\n", StandardCharsets.UTF_8);
    KubeconfigLoader loader = KubeconfigLoader.create(Map.of("KUBECONFIG", kubeconfig.toString()), dir)
        .serviceAccountDirectory(dir.resolve("no-service-account"));
    ReadException e = assertThrows(ReadException.class,
        () -> ClusterReader.fromKubeconfig(loader.context("missing")).read());
    assertEquals("kubeconfig", e.problems().get(0).file());
    assertTrue(e.getMessage().contains("context \"missing\" is not defined"), e.getMessage());
  }
}
