package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.rest.RestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service-account directory is a temp dir and the environment a map. */
class InClusterConfigTest {
  @TempDir
  Path sa;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(sa.resolve("token"), "sa-token-1");
    Files.writeString(sa.resolve("ca.crt"), TestTls.pem("ca.crt"));
    Files.writeString(sa.resolve("namespace"), "team-a\n");
  }

  private static Map<String, String> env(String host, String port) {
    return Map.of("KUBERNETES_SERVICE_HOST", host, "KUBERNETES_SERVICE_PORT", port);
  }

  @Test
  void talksToTheServiceWithTheTokenAndCa() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
      InClusterConfig icc = InClusterConfig.create(env("127.0.0.1",
          String.valueOf(server.port())), sa).clock(clock);
      assertTrue(icc.isAvailable());
      RestConfig config = icc.restConfig();
      assertEquals("https://127.0.0.1:" + server.port(), config.server().toString());
      assertEquals("team-a", config.namespace());
      Http http = new Http(config);
      assertEquals(200, http.get("/api").statusCode());
      assertEquals("Bearer sa-token-1", server.last().authorization());

      // The kubelet rotates the token: the next request uses the new one.
      Files.writeString(sa.resolve("token"), "sa-token-2");
      Files.setLastModifiedTime(sa.resolve("token"), FileTime.from(Instant.now().plusSeconds(5)));
      assertEquals(200, http.get("/api").statusCode());
      assertEquals("Bearer sa-token-2", server.last().authorization());
    }
  }

  @Test
  void ipv6HostIsBracketed() {
    RestConfig config = InClusterConfig.create(env("fd00:10:96::1", "443"), sa).restConfig();
    assertEquals("https://[fd00:10:96::1]:443", config.server().toString());
  }

  @Test
  void namespaceFromPodNamespaceThenFileThenDefault() throws Exception {
    Map<String, String> withPodNs = Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1",
        "KUBERNETES_SERVICE_PORT", "443", "POD_NAMESPACE", "from-env");
    assertEquals("from-env", InClusterConfig.create(withPodNs, sa).namespace());
    assertEquals("team-a", InClusterConfig.create(env("10.96.0.1", "443"), sa).namespace());
    Files.delete(sa.resolve("namespace"));
    assertEquals("default", InClusterConfig.create(env("10.96.0.1", "443"), sa).namespace());
    assertEquals("x", InClusterConfig.create(env("10.96.0.1", "443"), sa).namespace("x")
        .namespace());
  }

  @Test
  void notAvailableWithoutEnvironmentOrToken() throws Exception {
    assertFalse(InClusterConfig.create(Map.of(), sa).isAvailable());
    assertFalse(InClusterConfig.create(Map.of("KUBERNETES_SERVICE_HOST", "h"), sa)
        .isAvailable());
    ConfigException e = assertThrows(ConfigException.class,
        () -> InClusterConfig.create(Map.of(), sa).restConfig());
    assertTrue(e.getMessage().contains("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT"),
        e.getMessage());
    Files.delete(sa.resolve("token"));
    assertFalse(InClusterConfig.create(env("h", "1"), sa).isAvailable());
    ConfigException noToken = assertThrows(ConfigException.class,
        () -> InClusterConfig.create(env("h", "1"), sa).restConfig());
    assertTrue(noToken.getMessage().contains(sa.resolve("token").toString()),
        noToken.getMessage());
  }

  @Test
  void withoutCaFileTheSystemTrustStoreIsUsed() throws Exception {
    Files.delete(sa.resolve("ca.crt"));
    RestConfig config = InClusterConfig.create(env("10.96.0.1", "443"), sa).restConfig();
    assertNull(config.sslContext());
    Secrets.assertAbsent(config.toString() + config.credentials(), "sa-token-1");
  }
}
