package io.kubegen.runtime.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP forwarder on 127.0.0.1 in front of a test server, so a test can cut connections from the
 * server's side: {@link #dropWatches()} closes every connection whose latest request asked for a
 * watch ({@code watch=true}), as a load balancer or a restarting API server would.
 */
final class TcpProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final String targetHost;
  private final int targetPort;
  private final ExecutorService pool;
  private final List<Connection> connections = new ArrayList<>();

  private static final class Connection {
    final Socket client;
    final Socket upstream;
    volatile String requestLine = "";

    Connection(Socket client, Socket upstream) {
      this.client = client;
      this.upstream = upstream;
    }

    boolean isOpen() {
      return !client.isClosed() && !upstream.isClosed();
    }

    void close() {
      closeQuietly(client);
      closeQuietly(upstream);
    }
  }

  private TcpProxy(ServerSocket listener, URI target, ExecutorService pool) {
    this.listener = listener;
    this.targetHost = target.getHost();
    this.targetPort = target.getPort();
    this.pool = pool;
  }

  static TcpProxy start(URI target) throws IOException {
    AtomicInteger ids = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "tcp-proxy-" + ids.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    TcpProxy proxy = new TcpProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), target, pool);
    pool.execute(proxy::acceptLoop);
    return proxy;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** Closes the open watch connections, both ways; returns how many. */
  int dropWatches() {
    int dropped = 0;
    synchronized (connections) {
      for (Connection c : connections) {
        if (c.isOpen() && c.requestLine.contains("watch=true")) {
          c.close();
          dropped++;
        }
      }
    }
    return dropped;
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return;
      }
      try {
        Socket upstream = new Socket(targetHost, targetPort);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        Connection c = new Connection(client, upstream);
        synchronized (connections) {
          connections.add(c);
        }
        pool.execute(() -> pump(c, c.client, c.upstream, true));
        pool.execute(() -> pump(c, c.upstream, c.client, false));
      } catch (IOException e) {
        closeQuietly(client);
      }
    }
  }

  private static void pump(Connection c, Socket from, Socket to, boolean fromClient) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream()) {
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (fromClient) {
          noteRequestLine(c, buffer, n);
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // The other side closed, or dropWatches() did.
    } finally {
      c.close();
    }
  }

  /**
   * Remembers the connection's latest request line: a kept-alive connection may serve a list first
   * and then be upgraded to a WebSocket for a watch (the JDK client reuses pooled connections).
   */
  private static void noteRequestLine(Connection c, byte[] buffer, int n) {
    String head = new String(buffer, 0, Math.min(n, 2048), StandardCharsets.ISO_8859_1);
    int eol = head.indexOf("\r\n");
    if (eol > 0 && head.matches("(?s)^(GET|POST|PUT|PATCH|DELETE) /.*")) {
      c.requestLine = head.substring(0, eol);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing to do.
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // Nothing to do.
    }
    synchronized (connections) {
      connections.forEach(Connection::close);
    }
    pool.shutdownNow();
  }
}
