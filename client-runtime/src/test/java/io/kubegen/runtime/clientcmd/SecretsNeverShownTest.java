package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule: no log line and no exception ever shows a token, password or key. Each
 * credential kind makes a request that fails (401, 403, 500, connection refused) through the real
 * {@link RestClient}, with the runtime's loggers at trace and everything slf4j-simple writes
 * captured from loading the kubeconfig to the failure; the logs, the exception (message,
 * toString, full stack trace with causes) and the toString of the config, credentials and client
 * must contain none of the secrets.
 */
class SecretsNeverShownTest {
  private static final String TOKEN = "static-SECRET-0a1b2c3d4e";
  private static final String PASSWORD = "pw-SECRET-5f6a7b8c";
  private static final String FILE_TOKEN = "file-SECRET-9d0e1f2a";
  private static final String EXEC_TOKEN = "exec-SECRET-3b4c5d6e";
  private static final String EXEC_ARG = "arg-SECRET-7f8a9b";
  private static final String EXEC_ENV = "env-SECRET-0c1d2e";
  private static final String PATH = "/api/v1/namespaces/default/configmaps/cm1";

  /** Every logger of the packages a request goes through (rest, clientcmd). */
  private static final String[] LOGGERS = {
      RestClient.class.getName(),
      "io.kubegen.runtime.rest.HttpStreamingWatch",
      "io.kubegen.runtime.rest.WebSocketWatch",
      KubeconfigLoader.class.getName(),
      ExecCredentials.class.getName(),
      TokenFileCredentials.class.getName(),
      InClusterConfig.class.getName(),
  };

  @TempDir
  Path dir;

  enum Credential {
    BEARER_TOKEN, BASIC_AUTH, EXEC_TOKEN, TOKEN_FILE, RSA_PKCS1_KEY_DATA, EC_SEC1_KEY_FILE,
    EXEC_CLIENT_KEY;

    boolean clientCertificate() {
      return this == RSA_PKCS1_KEY_DATA || this == EC_SEC1_KEY_FILE || this == EXEC_CLIENT_KEY;
    }
  }

  enum Outcome {
    UNAUTHORIZED(401, "Unauthorized", "Unauthorized"),
    FORBIDDEN(403, "Forbidden", "configmaps \\\"cm1\\\" is forbidden: User \\\"jane\\\" cannot get"
        + " resource \\\"configmaps\\\" in the namespace \\\"default\\\""),
    SERVER_ERROR(500, "InternalError", "Internal error occurred: etcdserver: request timed out"),
    CONNECTION_REFUSED(0, null, null),
    /** The server's certificate is from a CA the client does not trust: the handshake fails. */
    UNTRUSTED_SERVER(0, null, null);

    final int code;
    final String reason;
    final String message;

    Outcome(int code, String reason, String message) {
      this.code = code;
      this.reason = reason;
      this.message = message;
    }

    TestHttpsServer.Reply reply() {
      return new TestHttpsServer.Reply(code, "{\"kind\":\"Status\",\"apiVersion\":\"v1\","
          + "\"metadata\":{},\"status\":\"Failure\",\"message\":\"" + message + "\","
          + "\"reason\":\"" + reason + "\",\"code\":" + code + "}");
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Credential c : Credential.values()) {
      for (Outcome o : Outcome.values()) {
        all.add(Arguments.of(c, o));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void failingAuthenticatedRequestShowsNoSecret(Credential credential, Outcome outcome)
      throws Exception {
    String serverName = outcome == Outcome.UNTRUSTED_SERVER ? "server-other-ca" : "server";
    try (TestHttpsServer server = TestHttpsServer.https(serverName,
        credential.clientCertificate())) {
      server.reply(s -> outcome.reply());
      URI uri = outcome == Outcome.CONNECTION_REFUSED ? closedPort() : server.uri();
      String user = user(credential);

      String logs;
      ApiException failure;
      String described;
      try (LogCapture capture = LogCapture.start(LOGGERS)) {
        Path file = Kubeconfigs.write(dir, "config", Kubeconfigs.yaml("server: " + uri + "\n"
            + "certificate-authority-data: " + TestTls.base64("ca.crt"), user));
        RestConfig config = Config.fromKubeconfig(file);
        RestClient client = RestClient.create(config);
        failure = assertThrows(ApiException.class, () -> client.get().absPath(PATH)
            .execute(GenericKubernetesObject.class));
        described = config + "\n" + config.credentials() + "\n" + client + "\n"
            + failure.status();
        logs = capture.text();
      }

      // The failure is the one intended, and the capture saw the request.
      assertEquals(outcome.code, failure.code(), failure.toString());
      String expectedLog = outcome.code == 0
          ? "GET " + PATH + " failed after" : "GET " + PATH + " " + outcome.code + " in";
      assertTrue(logs.contains(expectedLog), logs);
      if (outcome.code == 0) {
        assertEquals(List.of(), server.seen());
      } else {
        // The secret was really sent.
        TestHttpsServer.Seen seen = server.last();
        if (credential.clientCertificate()) {
          assertNotNull(seen.clientSubject());
        } else {
          assertTrue(seen.authorization().contains(credential == Credential.BASIC_AUTH
              ? basic() : token(credential)), seen.authorization());
        }
        assertTrue(failure.getMessage().contains(outcome.code == 401 ? "Unauthorized"
            : outcome.reason.equals("Forbidden") ? "forbidden" : "etcdserver"),
            failure.getMessage());
      }
      if (credential == Credential.EXEC_TOKEN || credential == Credential.EXEC_CLIENT_KEY) {
        assertTrue(logs.contains("running exec plugin"), logs);
      }

      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      String everything = logs + "\n" + failure + "\n" + failure.getMessage() + "\n" + trace
          + "\n" + described;
      Secrets.assertAbsent(everything, secrets(credential));
    }
  }

  private static String token(Credential c) {
    return switch (c) {
      case BEARER_TOKEN -> TOKEN;
      case TOKEN_FILE -> FILE_TOKEN;
      case EXEC_TOKEN -> EXEC_TOKEN;
      default -> throw new IllegalArgumentException(c.name());
    };
  }

  private static String basic() {
    return Base64.getEncoder().encodeToString(("jane:" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  private String user(Credential c) throws IOException {
    return switch (c) {
      case BEARER_TOKEN -> "token: " + TOKEN;
      case BASIC_AUTH -> "username: jane\npassword: " + PASSWORD;
      case TOKEN_FILE -> {
        Files.writeString(dir.resolve("token"), FILE_TOKEN + "\n");
        yield "tokenFile: token";
      }
      case EXEC_TOKEN -> "exec:\n"
          + "  apiVersion: " + ExecCredentials.V1 + "\n"
          + "  command: " + execPlugin() + "\n"
          + "  args: [--key, " + EXEC_ARG + "]\n"
          + "  env: [{name: PLUGIN_SECRET, value: " + EXEC_ENV + "}]\n"
          + "  interactiveMode: Never\n";
      case EXEC_CLIENT_KEY -> "exec:\n"
          + "  apiVersion: " + ExecCredentials.V1 + "\n"
          + "  command: " + execCertificatePlugin() + "\n"
          + "  interactiveMode: Never\n";
      case RSA_PKCS1_KEY_DATA -> "client-certificate-data: " + TestTls.base64("client-rsa.crt")
          + "\nclient-key-data: " + TestTls.base64("client-rsa-pkcs1.key");
      case EC_SEC1_KEY_FILE -> {
        TestTls.copy("client-ec256.crt", dir);
        TestTls.copy("client-ec256-sec1.key", dir);
        yield "client-certificate: client-ec256.crt\nclient-key: client-ec256-sec1.key";
      }
    };
  }

  /** A plugin whose token differs on each run, so that a refresh after 401 sends a new one. */
  private Path execPlugin() throws IOException {
    Path plugin = dir.resolve("plugin.sh");
    Files.writeString(plugin, "#!/usr/bin/env bash\n"
        + "set -e\n"
        + "n=$(( $(cat \"" + dir + "/runs\" 2>/dev/null || echo 0) + 1 ))\n"
        + "echo $n > \"" + dir + "/runs\"\n"
        + "[ \"$PLUGIN_SECRET\" = " + EXEC_ENV + " ] && [ \"$2\" = " + EXEC_ARG + " ]\n"
        + "printf '{\"apiVersion\":\"" + ExecCredentials.V1 + "\",\"kind\":\"ExecCredential\","
        + "\"status\":{\"token\":\"" + EXEC_TOKEN + "-%s\"}}' \"$n\"\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(plugin, PosixFilePermissions.fromString("rwx------"));
    return plugin;
  }

  /** A plugin that prints the client-ec384 certificate and its SEC1 key. */
  private Path execCertificatePlugin() throws IOException {
    Path credential = dir.resolve("credential.json");
    new ObjectMapper().writeValue(credential.toFile(), Map.of("apiVersion", ExecCredentials.V1,
        "kind", "ExecCredential", "status", Map.of(
            "clientCertificateData", TestTls.pem("client-ec384.crt"),
            "clientKeyData", TestTls.pem("client-ec384-sec1.key"))));
    Path plugin = dir.resolve("cert-plugin.sh");
    Files.writeString(plugin, "#!/usr/bin/env bash\ncat \"" + credential + "\"\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(plugin, PosixFilePermissions.fromString("rwx------"));
    return plugin;
  }

  /** Everything that must not appear, in every form it could take. */
  private static String[] secrets(Credential c) {
    List<String> s = new ArrayList<>();
    switch (c) {
      case BEARER_TOKEN, TOKEN_FILE -> s.add(token(c));
      case EXEC_TOKEN -> {
        s.add(EXEC_TOKEN);
        s.add(EXEC_ARG);
        s.add(EXEC_ENV);
      }
      case BASIC_AUTH -> {
        s.add(PASSWORD);
        s.add(basic());
      }
      case RSA_PKCS1_KEY_DATA -> keySecrets(s, "client-rsa-pkcs1.key", "client-rsa");
      case EC_SEC1_KEY_FILE -> keySecrets(s, "client-ec256-sec1.key", "client-ec256");
      case EXEC_CLIENT_KEY -> keySecrets(s, "client-ec384-sec1.key", "client-ec384");
    }
    return s.toArray(String[]::new);
  }

  /** Every base64 line of the PEM, a piece of its base64 as key data, the private value. */
  private static void keySecrets(List<String> s, String pemName, String identity) {
    String pem = TestTls.pem(pemName);
    pem.lines().filter(l -> !l.startsWith("-----") && l.length() > 16).forEach(s::add);
    String data = TestTls.base64(pemName);
    s.add(data.substring(data.length() / 2, data.length() / 2 + 40));
    PrivateKey key = TestTls.clientKey(identity);
    BigInteger value = key instanceof RSAPrivateKey rsa ? rsa.getPrivateExponent()
        : ((ECPrivateKey) key).getS();
    s.add(value.toString());
    s.add(value.toString(16));
  }

  /** A loopback port nobody listens on. */
  private static URI closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("https://127.0.0.1:" + socket.getLocalPort());
    }
  }
}
