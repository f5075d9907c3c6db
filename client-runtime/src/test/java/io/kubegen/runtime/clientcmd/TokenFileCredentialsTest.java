package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.rest.RestConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tokenFile: read at load, re-read when it changes, every minute, and after a 401. */
class TokenFileCredentialsTest {
  @TempDir
  Path dir;
  private MutableClock clock;
  private Path token;

  @BeforeEach
  void setUp() throws Exception {
    clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    token = dir.resolve("token");
    write("token-1\n", 1_000);
  }

  /** Writes the token with a chosen modification time, so equal times can be forced. */
  private void write(String text, long mtimeSeconds) throws Exception {
    Files.writeString(token, text);
    Files.setLastModifiedTime(token, FileTime.fromMillis(mtimeSeconds * 1000));
  }

  private static String auth(RestConfig config) {
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create("https://x/"));
    config.credentials().authenticate(rb);
    return rb.build().headers().firstValue("Authorization").orElse(null);
  }

  private RestConfig load() {
    return Kubeconfigs.load(dir, "server: https://127.0.0.1:6443", "tokenFile: token", clock);
  }

  @Test
  void aChangedFileIsReadBeforeTheNextRequest() throws Exception {
    RestConfig config = load();
    assertEquals("Bearer token-1", auth(config));
    write("token-2", 1_001);
    assertEquals("Bearer token-2", auth(config));
  }

  @Test
  void aChangeThatKeepsTheModificationTimeIsSeenWithinAMinute() throws Exception {
    RestConfig config = load();
    assertEquals("Bearer token-1", auth(config));
    write("token-2\n", 1_000); // same size, same mtime
    clock.advance(Duration.ofSeconds(59));
    assertEquals("Bearer token-1", auth(config));
    clock.advance(Duration.ofSeconds(1));
    assertEquals("Bearer token-2", auth(config));
  }

  @Test
  void a401ReadsTheFileAgain() throws Exception {
    RestConfig config = load();
    assertEquals("Bearer token-1", auth(config));
    assertFalse(config.credentials().refreshAfterUnauthorized(), "unchanged: no retry");
    write("token-2\n", 1_000);
    assertTrue(config.credentials().refreshAfterUnauthorized());
    assertEquals("Bearer token-2", auth(config));
  }

  @Test
  void rotationAgainstAServer() throws Exception {
    try (TestHttpsServer server = TestHttpsServer.https("server", false)) {
      server.respond(s -> "Bearer token-1".equals(s.authorization()) ? 401 : 200);
      RestConfig config = Kubeconfigs.load(dir, "server: " + server.uri()
          + "\ncertificate-authority-data: " + TestTls.base64("ca.crt"), "tokenFile: token", clock);
      Http http = new Http(config);
      assertEquals(401, http.get("/").statusCode(), "same token after the 401: no retry");
      write("token-2\n", 1_000); // same size and time: only the 401 makes it read again
      assertEquals(200, http.get("/").statusCode(), "401, re-read, retried");
      write("token-3", 1_002);
      assertEquals(200, http.get("/").statusCode());
      assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-2",
          "Bearer token-3"), server.seen().stream().map(TestHttpsServer.Seen::authorization)
          .toList());
    }
  }

  @Test
  void aFileThatVanishesLaterKeepsTheLastToken() throws Exception {
    RestConfig config = load();
    assertEquals("Bearer token-1", auth(config));
    Files.delete(token);
    assertEquals("Bearer token-1", auth(config));
    write("token-2", 1_005);
    assertEquals("Bearer token-2", auth(config));
  }

  @Test
  void tokenFileWinsOverAnInlineToken() {
    RestConfig config = Kubeconfigs.load(dir, "server: https://127.0.0.1:6443",
        "token: inline\ntokenFile: token", clock);
    assertEquals("Bearer token-1", auth(config));
  }

  @Test
  void missingOrEmptyFileFailsAtLoad() throws Exception {
    ConfigException missing = assertThrows(ConfigException.class, () -> Kubeconfigs.load(dir,
        "server: https://127.0.0.1:6443", "tokenFile: nope", clock));
    assertTrue(missing.getMessage().contains("the token file " + dir.resolve("nope")
        + " cannot be read"), missing.getMessage());
    assertTrue(missing.getMessage().startsWith("user \"u\" in " + dir.resolve("config")),
        missing.getMessage());
    write("  \n", 1_000);
    ConfigException empty = assertThrows(ConfigException.class, this::load);
    assertTrue(empty.getMessage().contains("is empty"), empty.getMessage());
  }

  @Test
  void toStringShowsTheFileNotTheToken() {
    RestConfig config = load();
    Secrets.assertAbsent(config.credentials().toString() + config, "token-1");
    assertTrue(config.credentials().toString().contains(token.toString()));
  }
}
