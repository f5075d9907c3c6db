package io.kubegen.runtime.clientcmd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal HTTP CONNECT proxy on 127.0.0.1 that records the targets it tunnels to. Test only:
 * one thread per connection, no authentication, no plain-HTTP forwarding.
 */
final class ConnectProxy implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> targets = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private ConnectProxy(ServerSocket socket) {
    this.socket = socket;
    this.acceptor = new Thread(this::acceptLoop, "test-connect-proxy");
    this.acceptor.setDaemon(true);
  }

  static ConnectProxy start() throws IOException {
    ConnectProxy p = new ConnectProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    p.acceptor.start();
    return p;
  }

  int port() {
    return socket.getLocalPort();
  }

  List<String> targets() {
    return targets;
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread t = new Thread(() -> tunnel(client), "test-connect-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void tunnel(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      String[] request = head.split("\r\n")[0].split(" ");
      if (!request[0].equals("CONNECT")) {
        client.getOutputStream().write(
            "HTTP/1.1 405 Method Not Allowed\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      targets.add(request[1]);
      int colon = request[1].lastIndexOf(':');
      String host = request[1].substring(0, colon);
      int port = Integer.parseInt(request[1].substring(colon + 1));
      try (Socket upstream = new Socket(host, port)) {
        client.getOutputStream().write(
            "HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
        Thread up = new Thread(() -> pipe(in, upstreamOut(upstream)), "test-proxy-up");
        up.setDaemon(true);
        up.start();
        pipe(upstream.getInputStream(), client.getOutputStream());
      }
    } catch (IOException e) {
      // connection closed
    }
  }

  private static OutputStream upstreamOut(Socket s) {
    try {
      return s.getOutputStream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pipe(InputStream in, OutputStream out) {
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side closed
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("eof in proxy request");
      }
      head.write(b);
      state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1
          || state == 3)) ? state + 1 : 0;
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
