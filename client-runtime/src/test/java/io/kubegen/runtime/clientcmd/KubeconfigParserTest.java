package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kubeconfigs as kubectl, kind, minikube, EKS, GKE, AKS and OpenShift write them. */
class KubeconfigParserTest {
  private static final Path HOME_CONFIG = Path.of("/home/user/.kube/config");

  @TempDir
  Path dir;

  private static final java.util.regex.Pattern MATERIAL =
      java.util.regex.Pattern.compile("\\$\\{base64:([a-z0-9.-]+)}");

  /**
   * A kubeconfig fixture; its {@code ${base64:<name>}} placeholders become the base64 of the
   * TLS material generated for this run ({@link TestTls}).
   */
  static String fixture(String name) {
    try (InputStream in = KubeconfigParserTest.class.getResourceAsStream("kubeconfigs/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return MATERIAL.matcher(text).replaceAll(m -> TestTls.base64(m.group(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Kubeconfig parse(String name) {
    return KubeconfigParser.parse(fixture(name), HOME_CONFIG);
  }

  @Test
  void kind() throws Exception {
    Kubeconfig kc = parse("kind.yaml");
    assertEquals("kind-kind", kc.currentContext());
    Kubeconfig.Cluster c = kc.clusters().get("kind-kind");
    assertEquals("https://127.0.0.1:45671", c.server());
    assertEquals(TestTls.pem("ca.crt"), c.certificateAuthorityData());
    Kubeconfig.User u = kc.users().get("kind-kind");
    assertEquals(TestTls.pem("client-rsa.crt"), u.clientCertificateData());
    assertEquals(TestTls.pem("client-rsa-pkcs1.key"), u.clientKeyData());
    assertEquals(new Kubeconfig.Context("kind-kind", HOME_CONFIG, "kind-kind", "kind-kind", null),
        kc.contexts().get("kind-kind"));

    // And it works end to end: CA, client certificate with a PKCS#1 key.
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      Path file = Kubeconfigs.write(dir, "kind", fixture("kind.yaml")
          .replace("https://127.0.0.1:45671", server.uri().toString()));
      RestConfig config = Config.fromKubeconfig(file);
      assertEquals(200, Http.get(config, "/version").statusCode());
      assertEquals("CN=client-rsa,O=system:masters", server.last().clientSubject());
      assertEquals("default", config.namespace());
    }
  }

  @Test
  void minikubeWithAbsolutePathsAndExtensions() {
    Kubeconfig kc = parse("minikube.yaml");
    Kubeconfig.Cluster c = kc.clusters().get("minikube");
    assertEquals(Path.of("/home/user/.minikube/ca.crt"), c.certificateAuthority());
    assertNull(c.execConfig());
    Kubeconfig.User u = kc.users().get("minikube");
    assertEquals(Path.of("/home/user/.minikube/profiles/minikube/client.crt"),
        u.clientCertificate());
    assertEquals(Path.of("/home/user/.minikube/profiles/minikube/client.key"), u.clientKey());
    assertEquals("default", kc.contexts().get("minikube").namespace());
  }

  @Test
  void eksExecWithArgsAndEnv() {
    Kubeconfig kc = parse("eks.yaml");
    String name = "arn:aws:eks:us-west-2:123456789012:cluster/prod";
    assertEquals(name, kc.currentContext());
    Kubeconfig.Exec exec = kc.users().get(name).exec();
    assertEquals("aws", exec.command(), "no path separator: looked up on PATH, not resolved");
    assertEquals(List.of("--region", "us-west-2", "eks", "get-token", "--cluster-name", "prod",
        "--output", "json"), exec.args());
    assertEquals(Map.of("AWS_PROFILE", "prod-admin"), exec.env());
    assertEquals(ExecCredentials.V1BETA1, exec.apiVersion());
    assertNull(exec.interactiveMode());
    assertEquals(name, kc.contexts().get(name).cluster());
  }

  @Test
  void gkeExecWithAMultiLineInstallHint() {
    Kubeconfig kc = parse("gke.yaml");
    Kubeconfig.Exec exec = kc.users().get("gke_my-project_us-central1-c_my-cluster").exec();
    assertEquals("gke-gcloud-auth-plugin", exec.command());
    assertTrue(exec.provideClusterInfo());
    assertEquals("Install gke-gcloud-auth-plugin for use with kubectl by following"
        + " https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl"
        + "#install_plugin", exec.installHint());
  }

  @Test
  void gkePluginMissingShowsItsInstallHint() {
    // Renamed, so that a developer machine with the real plugin installed still misses it.
    Path file = Kubeconfigs.write(dir, "gke", fixture("gke.yaml").replace(
        "command: gke-gcloud-auth-plugin", "command: kubegen-test-gke-gcloud-auth-plugin"));
    RestConfig config = Config.fromKubeconfig(file);
    ConfigException e = assertThrows(ConfigException.class,
        () -> config.credentials().authenticate(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("https://34.123.45.67/"))));
    assertTrue(e.getMessage().contains("kubegen-test-gke-gcloud-auth-plugin was not found"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("#install_plugin"), e.getMessage());
  }

  @Test
  void aksExecWithABlockScalarInstallHintAndNullEnv() {
    Kubeconfig kc = parse("aks.yaml");
    Kubeconfig.Exec exec = kc.users().get("clusterUser_myrg_myaks").exec();
    assertEquals("kubelogin", exec.command());
    assertEquals(Map.of(), exec.env());
    assertEquals("IfAvailable", exec.interactiveMode());
    assertFalse(exec.provideClusterInfo());
    assertEquals("\nkubelogin is not installed which is required to connect to AAD enabled"
        + " cluster.\n\nTo learn more, please go to https://aka.ms/aks/kubelogin\n",
        exec.installHint());
    assertEquals("https://myaks-dns-abc123.hcp.westeurope.azmk8s.io:443",
        kc.clusters().get("myaks").server());
  }

  @Test
  void openshiftInsecureWithToken() {
    Kubeconfig kc = parse("openshift.yaml");
    assertEquals("default/api-crc-testing:6443/kubeadmin", kc.currentContext());
    assertTrue(kc.clusters().get("api-crc-testing:6443").insecureSkipTlsVerify());
    assertEquals("sha256~Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA",
        kc.users().get("kubeadmin/api-crc-testing:6443").token());
    Path file = Kubeconfigs.write(dir, "oc", fixture("openshift.yaml"));
    RestConfig config = Config.fromKubeconfig(file);
    assertEquals("https://api.crc.testing:6443", config.server().toString());
    assertTrue(config.sslContext() != null);
  }

  @Test
  void handWrittenWithQuotesFlowStyleAndComments() {
    Kubeconfig kc = parse("hand-written.yaml");
    assertEquals("dev", kc.currentContext());
    Kubeconfig.Cluster c = kc.clusters().get("dev-cluster");
    assertEquals("https://dev.example.com:6443", c.server());
    assertEquals("kubernetes.default.svc", c.tlsServerName());
    assertEquals("http://proxy.example.com:3128", c.proxyUrl());
    assertEquals(Map.of("audience", "dev", "scopes", List.of("read", "write")), c.execConfig());
    assertEquals(new Kubeconfig.Context("dev", HOME_CONFIG, "dev-cluster", "dev-user", "team-a"),
        kc.contexts().get("dev"));
    Kubeconfig.User u = kc.users().get("dev-user");
    assertEquals("jane", u.impersonate());
    assertEquals("1234", u.impersonateUid());
    assertEquals(List.of("developers", "system:authenticated"), u.impersonateGroups());
    assertEquals(Map.of("scopes.example.com/x", List.of("one", "two")),
        u.impersonateUserExtra());
  }

  @Test
  void kubectlEmptyConfig() {
    Kubeconfig kc = parse("kubectl-empty.yaml");
    assertTrue(kc.isEmpty());
    assertEquals(List.of(HOME_CONFIG), kc.files());
  }

  @Test
  void json() throws Exception {
    Kubeconfig kc = parse("json.json");
    assertEquals("json", kc.currentContext());
    assertEquals(TestTls.pem("ca.crt"),
        kc.clusters().get("json-cluster").certificateAuthorityData());
    assertEquals("admin", kc.users().get("json-user").username());
    assertEquals("from-json", kc.contexts().get("json").namespace());
    Path file = Kubeconfigs.write(dir, "config.json", fixture("json.json"));
    RestConfig config = Config.fromKubeconfig(file);
    assertEquals("from-json", config.namespace());
    Secrets.assertAbsent(config.toString() + config.credentials() + kc.users(), "pa55word");
  }

  @Test
  void invalidJsonNamesTheLocationButNotTheText() {
    ConfigException e = assertThrows(ConfigException.class, () -> KubeconfigParser.parse(
        "{\"users\": [{\"name\": \"u\", \"user\": {\"token\": sekrit-token}}]}", HOME_CONFIG));
    assertTrue(e.getMessage().contains("/home/user/.kube/config is not valid JSON (line 1"),
        e.getMessage());
    Secrets.assertAbsent(e, "sekrit");
  }

  @Test
  void relativePathsAreResolvedAgainstTheFilesDirectory() {
    Kubeconfig kc = KubeconfigParser.parse(Kubeconfigs.yaml(
        "server: https://h\ncertificate-authority: ca.crt",
        "client-certificate: ../certs/c.crt\nclient-key: certs/c.key\ntokenFile: ./t\n"
            + "exec:\n  command: bin/plugin\n  apiVersion: v"), Path.of("/etc/kube/config"));
    assertEquals(Path.of("/etc/kube/ca.crt"), kc.clusters().get("c").certificateAuthority());
    Kubeconfig.User u = kc.users().get("u");
    assertEquals(Path.of("/etc/certs/c.crt"), u.clientCertificate());
    assertEquals(Path.of("/etc/kube/certs/c.key"), u.clientKey());
    assertEquals(Path.of("/etc/kube/t"), u.tokenFile());
    assertEquals("/etc/kube/bin/plugin", u.exec().command());
  }

  @Test
  void structuralErrorsNameTheFileAndTheEntry() {
    String[][] cases = {
        {"clusters: {a: b}", "clusters must be a list of {name, cluster} entries"},
        {"clusters:\n- cluster: {server: x}", "clusters[0] has no name"},
        {"users:\n- name: u\n  user: [a]", "user \"u\" must be a mapping, not list"},
        {"users:\n- name: u\n  user:\n    token: {a: b}", "user \"u\" 'token' must be a string"},
        {"clusters:\n- name: c\n  cluster:\n    insecure-skip-tls-verify: maybe",
            "cluster \"c\" 'insecure-skip-tls-verify' must be true or false"},
        {"users:\n- name: u\n  user:\n    client-key-data: not*base64!", "user \"u\""
            + " 'client-key-data' is not valid base64"},
        {"- a\n- b", "the top level must be a mapping, not list"},
        {"users:\n- name: u\n  user:\n    as-groups: x",
            "user \"u\" as-groups must be a list of strings"},
    };
    for (String[] c : cases) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> KubeconfigParser.parse(c[0], HOME_CONFIG), c[0]);
      assertTrue(e.getMessage().startsWith("kubeconfig file " + HOME_CONFIG + ": " + c[1]),
          e.getMessage());
    }
  }

  @Test
  void badBase64DoesNotShowTheValue() {
    ConfigException e = assertThrows(ConfigException.class, () -> KubeconfigParser.parse(
        "users:\n- name: u\n  user:\n    client-key-data: TOPSECRET-KEY-MATERIAL!!", HOME_CONFIG));
    Secrets.assertAbsent(e, "TOPSECRET");
  }

  @Test
  void fileErrors() throws Exception {
    ConfigException missing = assertThrows(ConfigException.class,
        () -> KubeconfigParser.read(dir.resolve("nope")));
    assertEquals("kubeconfig file " + dir.resolve("nope") + " does not exist",
        missing.getMessage());
    Path latin1 = dir.resolve("latin1");
    Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xe9});
    assertTrue(assertThrows(ConfigException.class, () -> KubeconfigParser.read(latin1))
        .getMessage().contains("is not UTF-8"));
  }
}
