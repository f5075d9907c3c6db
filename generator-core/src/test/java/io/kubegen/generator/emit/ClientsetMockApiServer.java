package io.kubegen.generator.emit;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's kubernetes-server-mock in CRUD mode on loopback, for running generated clientsets
 * over HTTP (as client-runtime's test fixture MockApiServer, which is not on this classpath).
 */
final class ClientsetMockApiServer implements AutoCloseable {
  /** Held so the setting stays: the mock logs every request at INFO. */
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  static {
    MOCK_LOG.setLevel(Level.WARNING);
  }

  private final KubernetesMockServer server;

  private ClientsetMockApiServer(KubernetesMockServer server) {
    this.server = server;
  }

  static ClientsetMockApiServer start() {
    KubernetesMockServer server = new KubernetesMockServer(
        new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
    try {
      server.init(InetAddress.getLoopbackAddress(), 0);
    } catch (RuntimeException e) {
      server.destroy();
      throw e;
    }
    return new ClientsetMockApiServer(server);
  }

  URI uri() {
    String url = server.url("/");
    return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  @Override
  public void close() {
    server.destroy();
  }
}
