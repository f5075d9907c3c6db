package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a user takes: a kubeconfig file on disk, {@link KubeconfigLoader}/{@link Config},
 * the {@link RestConfig} they build, and the real {@link RestClient}, against a scripted HTTPS
 * server on 127.0.0.1 that requires a client certificate signed by the generated CA.
 */
class RestClientEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG_MAP = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\","
      + "\"metadata\":{\"name\":\"cm1\",\"namespace\":\"team-a\",\"resourceVersion\":\"7\"},"
      + "\"data\":{\"greeting\":\"hello\"}}";

  @TempDir
  Path dir;

  /** A kubeconfig with context "e2e" (namespace team-a), cluster "c" and user "u". */
  private Path kubeconfig(String server, String userBody) throws IOException {
    TestTls.copy("ca.crt", Files.createDirectories(dir.resolve("pki")));
    String yaml = "apiVersion: v1\n"
        + "kind: Config\n"
        + "current-context: e2e\n"
        + "contexts:\n"
        + "- name: e2e\n"
        + "  context: {cluster: c, user: u, namespace: team-a}\n"
        + "clusters:\n"
        + "- name: c\n"
        + "  cluster:\n"
        + "    server: " + server + "\n"
        + "    certificate-authority: ../pki/ca.crt\n"
        + "users:\n"
        + "- name: u\n"
        + "  user:\n"
        + userBody.stripTrailing().indent(4);
    return Kubeconfigs.write(dir, "kube/config", yaml);
  }

  private static GenericKubernetesObject getConfigMap(RestClient client) {
    return client.get().groupVersion("v1").namespace(client.config().namespace())
        .resource("configmaps").name("cm1").execute(GenericKubernetesObject.class);
  }

  private static TestHttpsServer.Reply configMapIf(boolean ok) {
    return ok ? new TestHttpsServer.Reply(200, CONFIG_MAP) : TestHttpsServer.Reply.status(401);
  }

  @Test
  void getWithAClientCertificateFromKubeconfigFilesDecodes() throws Exception {
    Path pki = Files.createDirectories(dir.resolve("pki"));
    TestTls.copy("client-ec256.crt", pki);
    TestTls.copy("client-ec256-sec1.key", pki);
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      server.reply(s -> new TestHttpsServer.Reply(200, CONFIG_MAP));
      Path file = kubeconfig(server.uri().toString(),
          "client-certificate: ../pki/client-ec256.crt\n"
              + "client-key: ../pki/client-ec256-sec1.key\n");
      RestConfig config = KubeconfigLoader.create(
          Map.of(KubeconfigLoader.KUBECONFIG, file.toString()), dir.resolve("no-home"))
          .restConfig();
      assertEquals("team-a", config.namespace());

      GenericKubernetesObject cm = getConfigMap(RestClient.create(config));
      assertEquals("ConfigMap", cm.getKind());
      assertEquals("cm1", cm.getMetadata().getName());
      assertEquals("7", cm.getMetadata().getResourceVersion());
      assertEquals(Map.of("greeting", "hello"), cm.get("data"));

      TestHttpsServer.Seen seen = server.last();
      assertEquals("/api/v1/namespaces/team-a/configmaps/cm1", seen.path());
      assertEquals("CN=client-ec256,O=system:masters", seen.clientSubject());
      assertEquals(null, seen.authorization());
      assertEquals(List.of("application/json"), seen.headers().get("Accept"));
    }
  }

  @Test
  void withoutAClientCertificateTheRestClientFailsWithoutAResponse() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      Path file = kubeconfig(server.uri().toString(), "token: not-enough\n");
      // Over TLS 1.3 the JDK client sees the refusal as a connection closed before the response
      // ("header parser received no bytes"), which RestClient retries for a GET a few times,
      // quickly: the failure is reported in about a second, not after minutes of backoff.
      RestClient client = RestClient.create(Config.fromKubeconfig(file));
      ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client));
      assertEquals(0, e.code(), e.toString());
      assertEquals(List.of(), server.seen());
    }
  }

  /** An exec plugin that prints a token tok-N (N counts runs) and a client certificate. */
  private Path execPlugin() throws IOException {
    ObjectNode status = JSON.createObjectNode()
        .put("token", "@TOKEN@")
        .put("clientCertificateData", TestTls.pem("client-rsa.crt"))
        .put("clientKeyData", TestTls.pem("client-rsa-pkcs1.key"));
    ObjectNode credential = JSON.createObjectNode()
        .put("apiVersion", ExecCredentials.V1)
        .put("kind", "ExecCredential");
    credential.set("status", status);
    Files.writeString(dir.resolve("credential.json"), JSON.writeValueAsString(credential));
    Path plugin = dir.resolve("plugin.sh");
    Files.writeString(plugin, "#!/usr/bin/env bash\n"
        + "set -e\n"
        + "n=$(( $(cat \"$STATE/runs\" 2>/dev/null || echo 0) + 1 ))\n"
        + "echo $n > \"$STATE/runs\"\n"
        + "sed \"s/@TOKEN@/tok-$n/\" \"$STATE/credential.json\"\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(plugin, PosixFilePermissions.fromString("rwxr-xr-x"));
    return plugin;
  }

  private int runs() throws IOException {
    Path runs = dir.resolve("runs");
    return Files.exists(runs) ? Integer.parseInt(Files.readString(runs).strip()) : 0;
  }

  @Test
  void execTokenRejectedWith401IsRefreshedAndTheRequestRetriedOnce() throws Exception {
    Path plugin = execPlugin();
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      server.reply(s -> configMapIf(!"Bearer tok-1".equals(s.authorization())));
      Path file = kubeconfig(server.uri().toString(), "exec:\n"
          + "  apiVersion: " + ExecCredentials.V1 + "\n"
          + "  command: " + plugin + "\n"
          + "  interactiveMode: Never\n"
          + "  env:\n"
          + "  - {name: STATE, value: " + dir + "}\n");
      RestClient client = RestClient.create(Config.fromKubeconfig(file));

      assertEquals("cm1", getConfigMap(client).getMetadata().getName());
      assertEquals(List.of("Bearer tok-1", "Bearer tok-2"), authorizations(server));
      assertEquals(2, runs(), "the plugin ran again after the 401");
      for (TestHttpsServer.Seen s : server.seen()) {
        assertEquals("CN=client-rsa,O=system:masters", s.clientSubject(),
            "the plugin's certificate is presented");
      }

      assertEquals("cm1", getConfigMap(client).getMetadata().getName());
      assertEquals(2, runs(), "the refreshed credential is cached");
      assertEquals("Bearer tok-2", server.last().authorization());
    }
  }

  @Test
  void execTokenStillRejectedAfterTheRefreshFailsAfterExactlyOneRetry() throws Exception {
    Path plugin = execPlugin();
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      server.reply(s -> configMapIf(false));
      Path file = kubeconfig(server.uri().toString(), "exec:\n"
          + "  apiVersion: " + ExecCredentials.V1 + "\n"
          + "  command: " + plugin + "\n"
          + "  interactiveMode: Never\n"
          + "  env:\n"
          + "  - {name: STATE, value: " + dir + "}\n");
      RestClient client = RestClient.create(Config.fromKubeconfig(file));
      ApiException e = assertThrows(ApiException.class, () -> getConfigMap(client));
      assertEquals(401, e.code());
      assertEquals(List.of("Bearer tok-1", "Bearer tok-2"), authorizations(server));
      assertEquals(2, runs());
    }
  }

  @Test
  void rotatingTokenFileIsPickedUp() throws Exception {
    Path pki = Files.createDirectories(dir.resolve("pki"));
    TestTls.copy("client-rsa.crt", pki);
    TestTls.copy("client-rsa-pkcs8.key", pki);
    Path token = Files.createDirectories(dir.resolve("kube")).resolve("token");
    Files.writeString(token, "sa-token-1\n");
    AtomicReference<String> valid = new AtomicReference<>("Bearer sa-token-1");
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      server.reply(s -> configMapIf(valid.get().equals(s.authorization())));
      Path file = kubeconfig(server.uri().toString(), "tokenFile: token\n"
          + "client-certificate: ../pki/client-rsa.crt\n"
          + "client-key: ../pki/client-rsa-pkcs8.key\n");
      RestClient client = RestClient.create(Config.fromKubeconfig(file));
      assertEquals("cm1", getConfigMap(client).getMetadata().getName());

      // Rotated as the kubelet does it (a new file moved into place): read before sending.
      rotate(token, "sa-token-two\n");
      valid.set("Bearer sa-token-two");
      assertEquals("cm1", getConfigMap(client).getMetadata().getName());
      assertEquals(List.of("Bearer sa-token-1", "Bearer sa-token-two"), authorizations(server),
          "no request was sent with the old token");

      // A rotation the file's size and time do not show is found after the server's 401.
      FileTime before = Files.getLastModifiedTime(token);
      rotate(token, "sa-token-new\n");
      Files.setLastModifiedTime(token, before);
      valid.set("Bearer sa-token-new");
      assertEquals("cm1", getConfigMap(client).getMetadata().getName());
      assertEquals(List.of("Bearer sa-token-two", "Bearer sa-token-new"),
          authorizations(server).subList(2, 4));
      for (TestHttpsServer.Seen s : server.seen()) {
        assertEquals("CN=client-rsa,O=system:masters", s.clientSubject());
      }
    }
  }

  private static void rotate(Path file, String content) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.writeString(next, content);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static List<String> authorizations(TestHttpsServer server) {
    return server.seen().stream().map(TestHttpsServer.Seen::authorization).toList();
  }
}
