package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exec credential plugins as small bash scripts: each run is counted in a file, so caching and
 * refreshing are visible; time is a {@link MutableClock}, so expiry needs no sleeping.
 */
class ExecCredentialsTest {
  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  private MutableClock clock;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(T0);
  }

  /** Writes an executable script; it sees the state directory as $STATE and counts its runs. */
  private Path script(String name, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/usr/bin/env bash\n"
        + "set -e\n"
        + "n=$(( $(cat \"$STATE/count\" 2>/dev/null || echo 0) + 1 ))\n"
        + "echo $n > \"$STATE/count\"\n"
        + "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$STATE/info-$n.json\"\n"
        + "printf '%s\\n' \"$@\" > \"$STATE/args-$n\"\n"
        + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private int runs() throws IOException {
    Path count = dir.resolve("count");
    return Files.exists(count) ? Integer.parseInt(Files.readString(count).strip()) : 0;
  }

  private String execUser(String command, String apiVersion, String extra) {
    return "exec:\n"
        + "  apiVersion: " + apiVersion + "\n"
        + "  command: " + command + "\n"
        + "  interactiveMode: IfAvailable\n"
        + "  env:\n"
        + "  - name: STATE\n"
        + "    value: " + dir + "\n"
        + (extra == null ? "" : extra.lines().map(l -> "  " + l + "\n")
        .reduce("", String::concat));
  }

  private static String tokenOutput(String apiVersion, String expiry) {
    return "cat <<JSON\n{\"apiVersion\":\"" + apiVersion + "\",\"kind\":\"ExecCredential\","
        + "\"status\":{\"token\":\"tok-$n\"" + (expiry == null ? ""
        : ",\"expirationTimestamp\":\"" + expiry + "\"") + "}}\nJSON";
  }

  private static String authorization(RestConfig config) {
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create("https://127.0.0.1/"));
    config.credentials().authenticate(rb);
    return rb.build().headers().firstValue("Authorization").orElse(null);
  }

  @Test
  void v1TokenIsCachedUntilItsExpiry() throws Exception {
    Path plugin = script("plugin.sh", tokenOutput(ExecCredentials.V1, "2030-01-01T00:10:00Z"));
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser(plugin.toString(), ExecCredentials.V1, null), clock);
    assertEquals(0, runs(), "the plugin runs on the first request, not at load");
    assertEquals("Bearer tok-1", authorization(config));
    assertEquals("Bearer tok-1", authorization(config));
    clock.advance(Duration.ofMinutes(9));
    assertEquals("Bearer tok-1", authorization(config));
    assertEquals(1, runs());
    clock.advance(Duration.ofMinutes(1));
    assertEquals("Bearer tok-2", authorization(config), "expired at 00:10");
    assertEquals(2, runs());
  }

  @Test
  void v1beta1TokenWithoutExpiryIsCachedUntilA401() throws Exception {
    Path plugin = script("plugin.sh", tokenOutput(ExecCredentials.V1BETA1, null));
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser(plugin.toString(), ExecCredentials.V1BETA1, null), clock);
    assertEquals("Bearer tok-1", authorization(config));
    clock.advance(Duration.ofDays(365));
    assertEquals("Bearer tok-1", authorization(config));
    assertTrue(config.credentials().refreshAfterUnauthorized(), "a new token: retry");
    assertEquals("Bearer tok-2", authorization(config));
    assertEquals(2, runs());
  }

  @Test
  void refreshAfterUnauthorizedSaysNoWhenThePluginReturnsTheSameToken() throws Exception {
    Path plugin = script("plugin.sh", "echo '{\"apiVersion\":\"" + ExecCredentials.V1
        + "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"same\"}}'");
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser(plugin.toString(), ExecCredentials.V1, null), clock);
    assertEquals("Bearer same", authorization(config));
    assertFalse(config.credentials().refreshAfterUnauthorized());
    assertEquals(2, runs());
  }

  @Test
  void a401FromTheServerRunsThePluginAgainAndTheRetrySucceeds() throws Exception {
    Path plugin = script("plugin.sh", tokenOutput(ExecCredentials.V1, "2030-01-01T01:00:00Z"));
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      server.respond(s -> "Bearer tok-1".equals(s.authorization()) ? 401 : 200);
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri()
              + "\ncertificate-authority-data: " + TestTls.base64("ca.crt"),
          execUser(plugin.toString(), ExecCredentials.V1, null), clock);
      assertEquals(200, Http.get(config, "/api").statusCode());
      assertEquals(List.of("Bearer tok-1", "Bearer tok-2"),
          server.seen().stream().map(TestHttpsServer.Seen::authorization).toList());
      assertEquals(2, runs());
      assertEquals(200, Http.get(config, "/api").statusCode());
      assertEquals(2, runs(), "the new token is cached");
    }
  }

  @Test
  void argsEnvAndExecInfoWithClusterInfo() throws Exception {
    Path plugin = script("plugin.sh", "[ \"$EXTRA\" = \"hello world\" ] || exit 9\n"
        + tokenOutput(ExecCredentials.V1, null));
    RestConfig config = Kubeconfigs.load(dir,
        "server: https://127.0.0.1:6443\n"
            + "certificate-authority-data: " + TestTls.base64("ca.crt") + "\n"
            + "tls-server-name: kubernetes.internal.test\n"
            + "extensions:\n"
            + "- name: client.authentication.k8s.io/exec\n"
            + "  extension: {audience: test, scopes: [a, b]}\n"
            + "- name: other\n"
            + "  extension: {ignored: true}",
        "exec:\n"
            + "  apiVersion: " + ExecCredentials.V1 + "\n"
            + "  command: " + plugin + "\n"
            + "  args: [--flag, \"two words\", \"\"]\n"
            + "  interactiveMode: Never\n"
            + "  provideClusterInfo: true\n"
            + "  env:\n"
            + "  - {name: STATE, value: " + dir + "}\n"
            + "  - {name: EXTRA, value: hello world}\n", clock);
    assertEquals("Bearer tok-1", authorization(config));
    assertEquals("--flag\ntwo words\n\n", Files.readString(dir.resolve("args-1")));
    JsonNode info = JSON.readTree(dir.resolve("info-1.json").toFile());
    assertEquals("ExecCredential", info.path("kind").asText());
    assertEquals(ExecCredentials.V1, info.path("apiVersion").asText());
    assertFalse(info.path("spec").path("interactive").asBoolean(true));
    JsonNode cluster = info.path("spec").path("cluster");
    assertEquals("https://127.0.0.1:6443", cluster.path("server").asText());
    assertEquals("kubernetes.internal.test", cluster.path("tls-server-name").asText());
    assertEquals(TestTls.pem("ca.crt"), new String(Base64.getDecoder().decode(
        cluster.path("certificate-authority-data").asText()), StandardCharsets.US_ASCII));
    assertEquals("test", cluster.path("config").path("audience").asText());
    assertEquals("b", cluster.path("config").path("scopes").path(1).asText());
    assertTrue(info.path("status").isMissingNode());
  }

  @Test
  void execInfoWithoutClusterInfo() throws Exception {
    Path plugin = script("plugin.sh", tokenOutput(ExecCredentials.V1BETA1, null));
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser(plugin.toString(), ExecCredentials.V1BETA1, null), clock);
    authorization(config);
    JsonNode info = JSON.readTree(dir.resolve("info-1.json").toFile());
    assertEquals(ExecCredentials.V1BETA1, info.path("apiVersion").asText());
    assertFalse(info.path("spec").path("interactive").asBoolean(true));
    assertTrue(info.path("spec").path("cluster").isMissingNode());
  }

  @Test
  void relativeCommandIsResolvedAgainstTheKubeconfigDirectory() throws Exception {
    Files.createDirectories(dir.resolve("bin"));
    script("bin/plugin.sh", tokenOutput(ExecCredentials.V1, null));
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser("./bin/plugin.sh", ExecCredentials.V1, null), clock);
    assertEquals("Bearer tok-1", authorization(config));
  }

  @Test
  void missingBinaryGivesTheInstallHint() {
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser("kubegen-test-no-such-plugin", ExecCredentials.V1,
            "installHint: |\n  Install it with: brew install no-such-plugin\n"), clock);
    ConfigException e = assertThrows(ConfigException.class, () -> authorization(config));
    assertTrue(e.getMessage().contains("kubegen-test-no-such-plugin"), e.getMessage());
    assertTrue(e.getMessage().contains("was not found"), e.getMessage());
    assertTrue(e.getMessage().contains("Install it with: brew install no-such-plugin"),
        e.getMessage());
    assertTrue(e.getMessage().contains("user \"u\""), e.getMessage());
  }

  @Test
  void failingPluginShowsStderrButNeverStdout() throws Exception {
    Path plugin = script("plugin.sh", "echo 'SECRET-TOKEN-IN-STDOUT'\n"
        + "echo 'credentials expired, run aws sso login' >&2\nexit 3");
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser(plugin.toString(), ExecCredentials.V1, null), clock);
    ConfigException e = assertThrows(ConfigException.class, () -> authorization(config));
    assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
    assertTrue(e.getMessage().contains("credentials expired, run aws sso login"),
        e.getMessage());
    Secrets.assertAbsent(e, "SECRET-TOKEN-IN-STDOUT");
  }

  @Test
  void longStderrIsTruncated() throws Exception {
    Path plugin = script("plugin.sh", "for i in $(seq 1 2000); do echo \"line $i\" >&2; done\n"
        + "exit 1");
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser(plugin.toString(), ExecCredentials.V1, null), clock);
    ConfigException e = assertThrows(ConfigException.class, () -> authorization(config));
    assertTrue(e.getMessage().contains("line 1\n"), e.getMessage());
    assertTrue(e.getMessage().endsWith("[truncated]"), e.getMessage());
    assertFalse(e.getMessage().contains("line 2000"));
    assertTrue(e.getMessage().length() < ExecCredentials.STDERR_LIMIT + 500);
  }

  @Test
  void malformedOutputsAreRefusedWithoutQuotingThem() throws Exception {
    String[][] cases = {
        {"echo 'not json SECRET-1'", "did not print an ExecCredential JSON object"},
        {"echo '{\"kind\":\"Other\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
            + "\"status\":{\"token\":\"SECRET-2\"}}'", "kind is not ExecCredential"},
        {"echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/"
            + "v1beta1\",\"status\":{\"token\":\"SECRET-3\"}}'",
            "returned apiVersion client.authentication.k8s.io/v1beta1, but the kubeconfig asks"
                + " for client.authentication.k8s.io/v1"},
        {"echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"SECRET-4 x\"}'",
            "(unexpected value)"},
        {"echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\"}'",
            "without status"},
        {"echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
            + "\"status\":{}}'", "neither a token nor a client certificate"},
        {"echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
            + "\"status\":{\"clientCertificateData\":\"x\"}}'", "without clientKeyData"},
        {"echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
            + "\"status\":{\"token\":\"SECRET-5\",\"expirationTimestamp\":\"tomorrow\"}}'",
            "expirationTimestamp that is not an RFC 3339 time"},
        {"echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
            + "\"status\":{\"clientCertificateData\":\"SECRET-6\",\"clientKeyData\":\"SECRET-7\""
            + "}}'", "contains no PEM certificate"},
    };
    for (String[] c : cases) {
      Path plugin = script("plugin.sh", c[0]);
      RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
          execUser(plugin.toString(), ExecCredentials.V1, null), clock);
      ConfigException e = assertThrows(ConfigException.class, () -> authorization(config),
          c[0]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
      Secrets.assertAbsent(e, "SECRET");
    }
  }

  @Test
  void invalidExecStanzasAreRefusedAtLoad() {
    String[][] cases = {
        {"exec:\n  apiVersion: client.authentication.k8s.io/v1\n  interactiveMode: Never",
            "exec needs a command"},
        {"exec:\n  command: x\n  interactiveMode: Never", "exec needs an apiVersion"},
        {"exec:\n  command: x\n  apiVersion: client.authentication.k8s.io/v1alpha1",
            "is not supported"},
        {"exec:\n  command: x\n  apiVersion: client.authentication.k8s.io/v1",
            "interactiveMode must be set"},
        {"exec:\n  command: x\n  apiVersion: client.authentication.k8s.io/v1beta1\n"
            + "  interactiveMode: Always", "never gives the plugin a terminal"},
        {"exec:\n  command: x\n  apiVersion: client.authentication.k8s.io/v1beta1\n"
            + "  interactiveMode: Sometimes", "is not one of Never, IfAvailable, Always"},
        {"exec:\n  command: x\n  apiVersion: client.authentication.k8s.io/v1beta1\n"
            + "  env:\n  - value: v", "env[0] has no name"},
    };
    for (String[] c : cases) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> Kubeconfigs.load(dir, "server: https://127.0.0.1:6443", c[0]), c[0]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
      assertTrue(e.getMessage().contains(dir.resolve("config").toString()), e.getMessage());
    }
  }

  @Test
  void staticCredentialsMakeThePluginUnused() throws Exception {
    Path plugin = script("plugin.sh", tokenOutput(ExecCredentials.V1, null));
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        "token: static\n" + execUser(plugin.toString(), ExecCredentials.V1, null), clock);
    assertEquals("Bearer static", authorization(config));
    assertEquals(0, runs());
  }

  @Test
  void clientCertificateResultsAreUsedAndRotated() throws Exception {
    // First run: client-rsa (PKCS#1 key) until 00:10; later runs: client2-rsa until 01:00.
    Path certs = Files.createDirectories(dir.resolve("certs"));
    for (String f : new String[] {"client-rsa.crt", "client-rsa-pkcs1.key", "client2-rsa.crt",
        "client2-rsa.key"}) {
      TestTls.copy(f, certs);
    }
    Path plugin = script("plugin.sh", ""
        + "if [ $n -eq 1 ]; then c=client-rsa.crt; k=client-rsa-pkcs1.key; exp=00:10; "
        + "else c=client2-rsa.crt; k=client2-rsa.key; exp=01:00; fi\n"
        + "cert=$(awk '{printf \"%s\\\\n\", $0}' \"$STATE/certs/$c\")\n"
        + "key=$(awk '{printf \"%s\\\\n\", $0}' \"$STATE/certs/$k\")\n"
        + "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
        + "\"status\":{\"clientCertificateData\":\"%s\",\"clientKeyData\":\"%s\","
        + "\"expirationTimestamp\":\"2030-01-01T%s:00Z\"}}' \"$cert\" \"$key\" \"$exp\"");
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri()
              + "\ncertificate-authority-data: " + TestTls.base64("ca.crt"),
          execUser(plugin.toString(), ExecCredentials.V1, null), clock);
      Http http = new Http(config);
      assertEquals(200, http.get("/").statusCode());
      assertEquals("CN=client-rsa,O=system:masters", server.last().clientSubject());
      assertEquals(null, server.last().authorization(), "certificate only, no token");
      assertEquals(200, http.get("/").statusCode());
      assertEquals("CN=client-rsa,O=system:masters", server.last().clientSubject());
      assertEquals(1, runs());

      clock.advance(Duration.ofMinutes(11));
      assertEquals(200, http.get("/").statusCode());
      assertEquals(2, runs());
      assertEquals("CN=client2-rsa,O=system:masters", server.last().clientSubject(),
          "the same SSLContext presents the new certificate; no session is resumed");
    }
  }

  @Test
  void toStringShowsNoSecrets() throws Exception {
    Path plugin = script("plugin.sh", tokenOutput(ExecCredentials.V1, null));
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        execUser(plugin.toString(), ExecCredentials.V1, "args: [--secret-arg, SECRET-ARG]"),
        clock);
    authorization(config);
    Secrets.assertAbsent(config.toString(), "tok-1", "SECRET-ARG");
    Secrets.assertAbsent(config.credentials().toString(), "tok-1", "SECRET-ARG");
    Kubeconfig kc = KubeconfigLoader.create(java.util.Map.of(), null)
        .explicitPath(dir.resolve("config")).load();
    Secrets.assertAbsent(kc.users().toString(), "SECRET-ARG");
  }
}
