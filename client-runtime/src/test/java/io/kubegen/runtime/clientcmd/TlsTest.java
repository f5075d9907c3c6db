package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLS against a JDK HTTPS server on 127.0.0.1 that requires client certificates: CA trust,
 * client certificates in every key format, tls-server-name (verification and SNI), insecure mode,
 * refusal of untrusted servers.
 */
class TlsTest {
  @TempDir
  Path dir;

  private static final String RSA_CLIENT = "client-certificate-data: "
      + TestTls.base64("client-rsa.crt") + "\nclient-key-data: "
      + TestTls.base64("client-rsa-pkcs1.key");

  private static String caData() {
    return "certificate-authority-data: " + TestTls.base64("ca.crt") + "\n";
  }

  static Stream<Arguments> clientKeys() {
    return Stream.of(
        Arguments.of("client-rsa.crt", "client-rsa-pkcs1.key", "CN=client-rsa,O=system:masters"),
        Arguments.of("client-rsa.crt", "client-rsa-pkcs8.key", "CN=client-rsa,O=system:masters"),
        Arguments.of("client-ec256.crt", "client-ec256-sec1.key",
            "CN=client-ec256,O=system:masters"),
        Arguments.of("client-ec256.crt", "client-ec256-pkcs8.key",
            "CN=client-ec256,O=system:masters"),
        Arguments.of("client-ec384.crt", "client-ec384-sec1.key",
            "CN=client-ec384,O=system:masters"));
  }

  @ParameterizedTest(name = "{1} as data")
  @MethodSource("clientKeys")
  void clientCertificateFromData(String cert, String key, String subject) throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      RestConfig config = Kubeconfigs.load(dir,
          "server: " + server.uri() + "\n" + caData(),
          "client-certificate-data: " + TestTls.base64(cert) + "\nclient-key-data: "
              + TestTls.base64(key));
      assertEquals(200, Http.get(config, "/version").statusCode());
      assertEquals(subject, server.last().clientSubject());
    }
  }

  @ParameterizedTest(name = "{1} as files")
  @MethodSource("clientKeys")
  void clientCertificateFromRelativeFiles(String cert, String key, String subject)
      throws Exception {
    Path certs = Files.createDirectories(dir.resolve("certs"));
    TestTls.copy(cert, certs);
    TestTls.copy(key, certs);
    TestTls.copy("ca.crt", certs);
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      RestConfig config = Kubeconfigs.load(dir,
          "server: " + server.uri() + "\ncertificate-authority: certs/ca.crt",
          "client-certificate: certs/" + cert + "\nclient-key: ./certs/" + key);
      assertEquals(200, Http.get(config, "/version").statusCode());
      assertEquals(subject, server.last().clientSubject());
    }
  }

  @Test
  void serverRequiringClientCertificatesRefusesAClientWithout() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", true)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData(), "");
      assertThrows(IOException.class, () -> Http.get(config, "/version"));
      assertTrue(server.seen().isEmpty());
    }
  }

  @Test
  void untrustedServerIsRefused() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server-other-ca", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData(), "");
      IOException e = assertThrows(IOException.class, () -> Http.get(config, "/version"));
      assertTrue(causedBy(e, SSLException.class), e.toString());
      assertTrue(server.seen().isEmpty());
    }
  }

  @Test
  void withoutCaTheSystemTrustStoreIsUsedAndTheTestCaIsNotInIt() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri(), "token: t");
      assertNull(config.sslContext());
      assertThrows(IOException.class, () -> Http.get(config, "/version"));
    }
  }

  @Test
  void caBundleWithSeveralCertificatesAndText() throws Exception {
    Path bundle = dir.resolve("bundle.pem");
    Files.writeString(bundle, "other CA:\n" + TestTls.pem("other-ca.crt") + "\nours:\n"
        + TestTls.pem("ca.crt"));
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      RestConfig config = Kubeconfigs.load(dir,
          "server: " + server.uri() + "\ncertificate-authority: bundle.pem", "");
      assertEquals(200, Http.get(config, "/").statusCode());
    }
  }

  @Test
  void insecureSkipTlsVerifyAcceptsAnUntrustedServerOnlyWhenAskedFor() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server-other-ca", false)) {
      RestConfig insecure = Kubeconfigs.load(dir,
          "server: " + server.uri("localhost") + "\ninsecure-skip-tls-verify: true", "");
      assertEquals(200, Http.get(insecure, "/").statusCode());
      RestConfig secure = Kubeconfigs.load(dir,
          "server: " + server.uri("localhost") + "\ninsecure-skip-tls-verify: false\n" + caData(),
          "");
      assertThrows(IOException.class, () -> Http.get(secure, "/"));
    }
  }

  @Test
  void insecureTogetherWithCaIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> Kubeconfigs.load(dir,
        "server: https://127.0.0.1:1\ninsecure-skip-tls-verify: true\n" + caData(), ""));
    assertTrue(e.getMessage().contains("insecure-skip-tls-verify"), e.getMessage());
    assertTrue(e.getMessage().contains("cluster \"c\""), e.getMessage());
    assertTrue(e.getMessage().contains(dir.resolve("config").toString()), e.getMessage());
  }

  @Test
  void certificateForAnotherNameIsRefusedWithoutTlsServerName() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server-named", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData(), "");
      IOException e = assertThrows(IOException.class, () -> Http.get(config, "/"));
      assertTrue(causedBy(e, SSLException.class), e.toString());
      assertTrue(server.seen().isEmpty());
    }
  }

  @Test
  void tlsServerNameVerifiesTheCertificateAndIsSentAsSniToAnIpAddress() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server-named", true)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData()
          + "tls-server-name: kubernetes.internal.test", RSA_CLIENT);
      assertEquals(200, Http.get(config, "/").statusCode());
      assertEquals("kubernetes.internal.test", server.last().sni());
      assertEquals("CN=client-rsa,O=system:masters", server.last().clientSubject());
    }
  }

  @Test
  void tlsServerNameIsSentAsSniEvenWhenTheUrlHostIsAName() throws Exception {
    // java.net.http would send "localhost"; the SNI-forcing SSLContext replaces it.
    try (TestHttpsServer server = TestHttpsServer.https("server-named", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri("localhost") + "\n"
          + caData() + "tls-server-name: kubernetes.internal.test", "");
      assertEquals(200, Http.get(config, "/").statusCode());
      assertEquals("kubernetes.internal.test", server.last().sni());
    }
  }

  @Test
  void withoutTlsServerNameTheHostIsSentAsSni() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri("localhost") + "\n"
          + caData(), "");
      assertEquals(200, Http.get(config, "/").statusCode());
      assertEquals("localhost", server.last().sni());
    }
  }

  @Test
  void tlsServerNameMatchesWildcards() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server-named", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData()
          + "tls-server-name: api.wild.internal.test", "");
      assertEquals(200, Http.get(config, "/").statusCode());
      assertEquals("api.wild.internal.test", server.last().sni());
    }
  }

  @Test
  void tlsServerNameThatTheCertificateDoesNotNameIsRefused() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server-named", false)) {
      for (String name : new String[] {"other.internal.test", "a.b.wild.internal.test",
          "127.0.0.1"}) {
        RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData()
            + "tls-server-name: " + name, "");
        IOException e = assertThrows(IOException.class, () -> Http.get(config, "/"), name);
        assertTrue(causedBy(e, SSLException.class), e.toString());
      }
      assertTrue(server.seen().isEmpty());
    }
  }

  @Test
  void tlsServerNameStillRequiresATrustedChain() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server-other-ca", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData()
          + "tls-server-name: localhost", "");
      assertThrows(IOException.class, () -> Http.get(config, "/"));
    }
  }

  @Test
  void tlsServerNameMayBeAnIpAddress() throws Exception {
    // The URL names localhost, the certificate is checked against the IP; no SNI for an IP.
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri("localhost") + "\n"
          + caData() + "tls-server-name: 127.0.0.1", "");
      assertNull(config.sslParameters());
      assertEquals(200, Http.get(config, "/").statusCode());
    }
  }

  @Test
  void sslParametersCarryTheServerNameForClientsThatUseThem() {
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443\n" + caData()
        + "tls-server-name: kubernetes.internal.test", "");
    assertNotNull(config.sslParameters());
    assertEquals("kubernetes.internal.test", ((javax.net.ssl.SNIHostName)
        config.sslParameters().getServerNames().get(0)).getAsciiName());
  }

  @Test
  void bearerTokenAndImpersonationHeadersArrive() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData(),
          "token: tok-123\nas: jane\nas-uid: \"42\"\nas-groups: [dev, ops]\n"
              + "as-user-extra:\n  scopes: [a, b]\n  \"example.com/x y\": [z]");
      assertEquals(200, Http.get(config, "/").statusCode());
      TestHttpsServer.Seen s = server.last();
      assertEquals("Bearer tok-123", s.authorization());
      assertEquals(java.util.List.of("jane"), s.headers().get("Impersonate-user"));
      assertEquals(java.util.List.of("42"), s.headers().get("Impersonate-uid"));
      assertEquals(java.util.List.of("dev", "ops"), s.headers().get("Impersonate-group"));
      assertEquals(java.util.List.of("a", "b"), s.headers().get("Impersonate-extra-scopes"));
      assertEquals(java.util.List.of("z"),
          s.headers().get("Impersonate-extra-example.com%2fx%20y"));
    }
  }

  @Test
  void basicAuthArrives() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri() + "\n" + caData(),
          "username: admin\npassword: \"p@ss:word\"");
      assertEquals(200, Http.get(config, "/").statusCode());
      assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString(
          "admin:p@ss:word".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          server.last().authorization());
    }
  }

  @Test
  void proxyUrlTunnelsThroughAnHttpProxy() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", false);
        ConnectProxy proxy = ConnectProxy.start()) {
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri("localhost") + "\n"
          + caData() + "proxy-url: http://127.0.0.1:" + proxy.port(), "token: t");
      assertEquals(200, Http.get(config, "/").statusCode());
      assertEquals(java.util.List.of("localhost:" + server.port()), proxy.targets());
      assertEquals("Bearer t", server.last().authorization());
    }
  }

  static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
