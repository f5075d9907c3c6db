package io.kubegen.sample;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.URI;
import java.util.HashMap;

/**
 * The sample's API server: fabric8's kubernetes-server-mock in CRUD mode on loopback, so the sample
 * runs anywhere without a cluster. It speaks watch over WebSocket only.
 */
final class EmbeddedApiServer implements AutoCloseable {
  private final KubernetesMockServer server;

  private EmbeddedApiServer(KubernetesMockServer server) {
    this.server = server;
  }

  static EmbeddedApiServer start() {
    KubernetesMockServer server = new KubernetesMockServer(
        new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    return new EmbeddedApiServer(server);
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
