package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.rest.RestConfig;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** File precedence, merging, overrides and context resolution; never the real environment. */
class KubeconfigLoaderTest {
  @TempDir
  Path dir;
  private Path home;
  private Path noServiceAccount;

  /** First file: context a (cluster a, user a), current-context a, cluster shared = A. */
  private static final String FILE1 = """
      current-context: a
      contexts:
      - name: a
        context: {cluster: a, user: a, namespace: ns-a}
      - name: shared
        context: {cluster: shared, user: a}
      clusters:
      - name: a
        cluster: {server: "https://a.example:6443"}
      - name: shared
        cluster: {server: "https://shared-from-file1.example"}
      users:
      - name: a
        user: {token: token-a}
      """;

  /** Second file: its own current-context b, cluster shared = B with extra fields, user b. */
  private static final String FILE2 = """
      current-context: b
      contexts:
      - name: b
        context: {cluster: b, user: b}
      - name: shared
        context: {cluster: b, user: b, namespace: from-file2}
      clusters:
      - name: b
        cluster: {server: "https://b.example"}
      - name: shared
        cluster:
          server: https://shared-from-file2.example
          tls-server-name: only-in-file2
      users:
      - name: b
        user: {username: bob, password: hunter2}
      - name: a
        user: {token: token-a-from-file2, as: someone}
      """;

  @BeforeEach
  void setUp() throws Exception {
    home = Files.createDirectories(dir.resolve("home"));
    noServiceAccount = dir.resolve("no-service-account");
  }

  private KubeconfigLoader loader(Map<String, String> env) {
    return KubeconfigLoader.create(env, home).serviceAccountDirectory(noServiceAccount);
  }

  private static String bearer(RestConfig config) {
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create("https://x/"));
    config.credentials().authenticate(rb);
    return rb.build().headers().firstValue("Authorization").orElse(null);
  }

  private static String list(Path... files) {
    return String.join(File.pathSeparator, Stream.of(files).map(Path::toString).toList());
  }

  @Test
  void homeFileIsTheDefault() {
    Path config = Kubeconfigs.write(home, ".kube/config", FILE1);
    KubeconfigLoader loader = loader(Map.of());
    assertEquals(List.of(config), loader.precedence());
    assertEquals(List.of(config), loader.files());
    assertEquals("https://a.example:6443", loader.restConfig().server().toString());
    // An empty KUBECONFIG counts as unset.
    assertEquals(List.of(config), loader(Map.of("KUBECONFIG", "")).files());
  }

  @Test
  void kubeconfigListIsDeduplicatedAndMissingFilesAreSkipped() {
    Path f1 = Kubeconfigs.write(dir, "one", FILE1);
    Path f2 = Kubeconfigs.write(dir, "two", FILE2);
    Path missing = dir.resolve("missing");
    Kubeconfigs.write(home, ".kube/config", FILE2); // not used: KUBECONFIG is set
    String env = list(missing, f2, f1, Path.of(f2.toString().replace("/two", "/./two")), f1)
        + File.pathSeparator;
    KubeconfigLoader loader = loader(Map.of("KUBECONFIG", env));
    assertEquals(List.of(missing, f2, f1), loader.precedence());
    assertEquals(List.of(f2, f1), loader.files());
    assertEquals(List.of(f2, f1), loader.load().files());
  }

  @Test
  void firstFileWinsCurrentContextAndWholeEntries() {
    Path f1 = Kubeconfigs.write(dir, "one", FILE1);
    Path f2 = Kubeconfigs.write(dir, "two", FILE2);
    Kubeconfig merged = loader(Map.of("KUBECONFIG", list(f1, f2))).load();
    assertEquals("a", merged.currentContext());
    assertEquals(List.of("a", "shared", "b"), List.copyOf(merged.contexts().keySet()));
    // Whole entries: the later file's extra tls-server-name is not merged into "shared".
    Kubeconfig.Cluster shared = merged.clusters().get("shared");
    assertEquals("https://shared-from-file1.example", shared.server());
    assertNull(shared.tlsServerName());
    assertEquals(f1, shared.source());
    assertEquals("token-a", merged.users().get("a").token());
    assertNull(merged.users().get("a").impersonate());
    assertEquals(f2, merged.users().get("b").source());

    Kubeconfig reversed = loader(Map.of("KUBECONFIG", list(f2, f1))).load();
    assertEquals("b", reversed.currentContext());
    assertEquals("only-in-file2", reversed.clusters().get("shared").tlsServerName());
  }

  @Test
  void currentContextComesFromTheFirstFileThatSetsOne() {
    Path none = Kubeconfigs.write(dir, "none", "clusters: []\n");
    Path f2 = Kubeconfigs.write(dir, "two", FILE2);
    assertEquals("b", loader(Map.of("KUBECONFIG", list(none, f2))).load().currentContext());
  }

  @Test
  void aContextMayUseEntriesFromOtherFiles() {
    Path f1 = Kubeconfigs.write(dir, "one", """
        current-context: mixed
        contexts:
        - name: mixed
          context: {cluster: b, user: a}
        users:
        - name: a
          user: {token: token-a}
        """);
    Path f2 = Kubeconfigs.write(dir, "two", FILE2);
    RestConfig config = loader(Map.of("KUBECONFIG", list(f1, f2))).restConfig();
    assertEquals("https://b.example", config.server().toString());
    assertEquals("Bearer token-a", bearer(config));
  }

  @Test
  void explicitFileMustExistAndIsTheOnlyOneRead() {
    Path f1 = Kubeconfigs.write(dir, "one", FILE1);
    Path f2 = Kubeconfigs.write(dir, "two", FILE2);
    KubeconfigLoader loader = loader(Map.of("KUBECONFIG", list(f1))).explicitPath(f2);
    assertEquals(List.of(f2), loader.files());
    assertEquals("https://b.example", loader.restConfig().server().toString());

    Path missing = dir.resolve("missing.yaml");
    ConfigException e = assertThrows(ConfigException.class,
        () -> loader(Map.of("KUBECONFIG", list(f1))).explicitPath(missing).restConfig());
    assertEquals("kubeconfig file " + missing + " does not exist", e.getMessage());
  }

  @Test
  void directoryIsNotAKubeconfig() throws Exception {
    Path d = Files.createDirectories(dir.resolve("adir"));
    ConfigException e = assertThrows(ConfigException.class,
        () -> loader(Map.of("KUBECONFIG", d.toString())).load());
    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  static Stream<Arguments> overrides() {
    return Stream.of(
        // overrides, server, namespace, Authorization
        Arguments.of(Overrides.none(), "https://a.example:6443", "ns-a", "Bearer token-a"),
        Arguments.of(Overrides.none().withContext("b"), "https://b.example", "default",
            "Basic Ym9iOmh1bnRlcjI="),
        Arguments.of(Overrides.none().withContext("shared"), "https://shared-from-file1.example",
            "default", "Bearer token-a"),
        Arguments.of(Overrides.none().withNamespace("other"), "https://a.example:6443", "other",
            "Bearer token-a"),
        Arguments.of(Overrides.none().withCluster("b"), "https://b.example", "ns-a",
            "Bearer token-a"),
        Arguments.of(Overrides.none().withUser("b"), "https://a.example:6443", "ns-a",
            "Basic Ym9iOmh1bnRlcjI="),
        Arguments.of(Overrides.none().withServer("https://override.example:1"),
            "https://override.example:1", "ns-a", "Bearer token-a"),
        Arguments.of(new Overrides("b", "a", "a", "x", null), "https://a.example:6443", "x",
            "Bearer token-a"),
        Arguments.of(new Overrides(" ", "", null, "", null), "https://a.example:6443", "ns-a",
            "Bearer token-a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overrides")
  void overridesChangeTheResolvedContext(Overrides overrides, String server, String namespace,
      String authorization) {
    Path f1 = Kubeconfigs.write(dir, "one", FILE1);
    Path f2 = Kubeconfigs.write(dir, "two", FILE2);
    RestConfig config = loader(Map.of("KUBECONFIG", list(f1, f2))).overrides(overrides)
        .restConfig();
    assertEquals(server, config.server().toString());
    assertEquals(namespace, config.namespace());
    assertEquals(authorization, bearer(config));
  }

  @Test
  void contextShortcut() {
    Path f2 = Kubeconfigs.write(dir, "two", FILE2);
    Path f1 = Kubeconfigs.write(dir, "one", FILE1);
    assertEquals("https://a.example:6443", loader(Map.of("KUBECONFIG", list(f2, f1)))
        .context("a").restConfig().server().toString());
    assertEquals("https://b.example", Config.fromKubeconfig(f2, "b").server().toString());
  }

  @Test
  void serverOverrideWorksWithoutAnyContext() {
    Path empty = Kubeconfigs.write(dir, "empty", "");
    RestConfig config = loader(Map.of()).explicitPath(empty)
        .overrides(Overrides.none().withServer("https://only-server.example"))
        .restConfig();
    assertEquals("https://only-server.example", config.server().toString());
    assertNull(config.credentials());
    assertEquals("default", config.namespace());
  }

  static Stream<Arguments> resolutionErrors() {
    return Stream.of(
        Arguments.of(Overrides.none().withContext("nope"), FILE1,
            "context \"nope\" is not defined in %s; defined contexts: [a, shared]"),
        Arguments.of(Overrides.none(), "current-context: gone\n",
            "context \"gone\" is not defined in %s (it is the current-context)"),
        Arguments.of(Overrides.none(), "contexts:\n- name: x\n  context: {cluster: c}\n",
            "kubeconfig %s sets no current-context and no context was chosen; defined"
                + " contexts: [x]"),
        Arguments.of(Overrides.none(), "current-context: x\ncontexts:\n- name: x\n"
            + "  context: {cluster: c}\n", "cluster \"c\" of context \"x\" in %s is not"
            + " defined in %s"),
        Arguments.of(Overrides.none(), "current-context: x\ncontexts:\n- name: x\n"
            + "  context: {user: u}\n", "context \"x\" in %s names no cluster"),
        Arguments.of(Overrides.none().withUser("ghost"), FILE1,
            "user \"ghost\" of context \"a\" in %s is not defined in %s"),
        Arguments.of(Overrides.none(), "current-context: x\ncontexts:\n- name: x\n"
            + "  context: {cluster: c}\nclusters:\n- name: c\n  cluster: {}\n",
            "cluster \"c\" in %s has no server"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("resolutionErrors")
  void resolutionErrorsNameTheFile(Overrides overrides, String yaml, String message) {
    Path f = Kubeconfigs.write(dir, "config", yaml);
    ConfigException e = assertThrows(ConfigException.class,
        () -> loader(Map.of()).explicitPath(f).overrides(overrides).restConfig());
    String expected = message.replace("%s", f.toString());
    assertTrue(e.getMessage().startsWith(expected), e.getMessage() + "\nexpected: " + expected);
  }

  static Stream<Arguments> userAndClusterErrors() {
    String ca = "certificate-authority-data: " + TestTls.base64("ca.crt");
    String cert = "client-certificate-data: " + TestTls.base64("client-rsa.crt");
    String key = "client-key-data: " + TestTls.base64("client-rsa-pkcs8.key");
    return Stream.of(
        Arguments.of("server: https://h", "token: t\nusername: u\npassword: SECRETPW",
            "user \"u\" in %s has more than one authentication method [token, basicAuth]"),
        Arguments.of("server: https://h", cert,
            "user \"u\" in %s has a client certificate but no client-key"),
        Arguments.of("server: https://h", key,
            "user \"u\" in %s has a client key but no client-certificate"),
        Arguments.of("server: https://h", cert + "\nclient-certificate: x.crt\n" + key,
            "user \"u\" in %s sets both client-certificate and client-certificate-data"),
        Arguments.of("server: https://h", cert + "\n" + key + "\nclient-key: x.key",
            "user \"u\" in %s sets both client-key and client-key-data"),
        Arguments.of("server: https://h", "client-certificate: missing.crt\nclient-key: k.key",
            "client-certificate of user \"u\" in %s: file "),
        Arguments.of("server: https://h", "client-certificate-data: "
                + TestTls.base64("client-ec256.crt") + "\n" + key,
            "client-key-data of user \"u\" in %s does not match the public key of"
                + " client-certificate-data of user \"u\""),
        Arguments.of("server: https://h", "client-certificate-data: "
                + java.util.Base64.getEncoder().encodeToString("garbage".getBytes()) + "\n" + key,
            "client-certificate-data of user \"u\" in %s contains no PEM certificate"),
        Arguments.of("server: https://h", "as-groups: [g]",
            "user \"u\" in %s sets as-groups, as-uid or as-user-extra without as"),
        Arguments.of("server: https://h", "auth-provider:\n  name: oidc\n  config:"
                + "\n    id-token: SECRETIDTOKEN",
            "user \"u\" in %s uses the auth-provider 'oidc', which is not supported; use an exec"),
        Arguments.of("server: https://h\n" + ca + "\ncertificate-authority: ca.crt", "",
            "cluster \"c\" in %s sets both certificate-authority and certificate-authority-data"),
        Arguments.of("server: https://h\ncertificate-authority: nope.crt", "",
            "certificate-authority of cluster \"c\" in %s: file "),
        Arguments.of("server: https://h\ncertificate-authority-data: "
                + java.util.Base64.getEncoder().encodeToString("not a cert".getBytes()), "",
            "certificate-authority-data of cluster \"c\" in %s contains no PEM certificate"),
        Arguments.of("server: ftp://h", "", "cluster \"c\" in %s: server ftp://h must be an"
            + " http or https URL"),
        Arguments.of("server: https://user:SECRETPW@h", "", "cluster \"c\" in %s: server"
            + " https://redacted@h must not contain credentials"),
        Arguments.of("server: http://10.1.2.3:8080", "token: SECRETTOKEN", "context \"test\" in"
            + " %s: credentials are only sent over TLS"),
        Arguments.of("server: https://h\nproxy-url: https://proxy:3128", "",
            "cluster \"c\" in %s: proxy-url https://proxy:3128 uses https"),
        Arguments.of("server: https://h\nproxy-url: socks5://proxy:1080", "",
            "cluster \"c\" in %s: proxy-url socks5://proxy:1080 is a SOCKS proxy"),
        Arguments.of("server: https://h\nproxy-url: http://bob:SECRETPW@proxy:3128", "",
            "cluster \"c\" in %s: proxy-url http://redacted@proxy:3128 contains credentials"),
        Arguments.of("server: https://h\ntls-server-name: bad_name!", "",
            "cluster \"c\" in %s: tls-server-name bad_name! is not a valid host name"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("userAndClusterErrors")
  void userAndClusterErrorsNameTheEntryAndHideSecrets(String cluster, String user,
      String message) {
    ConfigException e = assertThrows(ConfigException.class,
        () -> Kubeconfigs.load(dir, cluster, user));
    String expected = message.replace("%s", dir.resolve("config").toString());
    assertTrue(e.getMessage().startsWith(expected), e.getMessage() + "\nexpected: " + expected);
    // Also no line of the private key, and not its base64-of-PEM form.
    Secrets.assertAbsent(e, "SECRET", TestTls.pem("client-rsa-pkcs8.key").lines().skip(2)
        .findFirst().orElseThrow(), TestTls.base64("client-rsa-pkcs8.key").substring(40, 80));
  }

  @Test
  void hostPortWithoutSchemeGetsHttpsWhenTlsIsConfigured() {
    RestConfig tls = Kubeconfigs.load(dir, "server: 10.0.0.1:6443\ninsecure-skip-tls-verify: true",
        "token: t");
    assertEquals("https://10.0.0.1:6443", tls.server().toString());
    RestConfig plain = Kubeconfigs.load(dir, "server: localhost:8080", "");
    assertEquals("http://localhost:8080", plain.server().toString());
  }

  @Test
  void credentialsOverPlainHttpAreAllowedOnLoopbackOnly() {
    RestConfig config = Kubeconfigs.load(dir, "server: http://127.0.0.1:8080", "token: t");
    assertEquals("Bearer t", bearer(config));
  }

  @Test
  void withNoKubeconfigTheInClusterConfigIsUsed() throws Exception {
    Path sa = Files.createDirectories(dir.resolve("sa"));
    Files.writeString(sa.resolve("token"), "in-cluster-token");
    Files.writeString(sa.resolve("ca.crt"), TestTls.pem("ca.crt"));
    Files.writeString(sa.resolve("namespace"), "pod-ns");
    Map<String, String> env = Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1",
        "KUBERNETES_SERVICE_PORT", "443");
    RestConfig config = KubeconfigLoader.create(env, home).serviceAccountDirectory(sa)
        .restConfig();
    assertEquals("https://10.96.0.1:443", config.server().toString());
    assertEquals("pod-ns", config.namespace());
    assertEquals("Bearer in-cluster-token", bearer(config));
    assertEquals("override-ns", KubeconfigLoader.create(env, home).serviceAccountDirectory(sa)
        .namespace("override-ns").restConfig().namespace());

    // A kubeconfig, when there is one, wins over the in-cluster configuration.
    Kubeconfigs.write(home, ".kube/config", FILE1);
    assertEquals("https://a.example:6443", KubeconfigLoader.create(env, home)
        .serviceAccountDirectory(sa).restConfig().server().toString());
    // An explicit file never falls back, even when it is empty.
    Path empty = Kubeconfigs.write(dir, "empty", "");
    assertThrows(ConfigException.class, () -> KubeconfigLoader.create(env, home)
        .serviceAccountDirectory(sa).explicitPath(empty).restConfig());
  }

  @Test
  void withNothingAtAllTheErrorSaysWhatWasTried() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> loader(Map.of()).restConfig());
    assertTrue(e.getMessage().startsWith("no configuration found: no kubeconfig in ["
        + home.resolve(".kube/config") + "]"), e.getMessage());
    assertTrue(e.getMessage().contains("not running in a cluster"), e.getMessage());
  }
}
