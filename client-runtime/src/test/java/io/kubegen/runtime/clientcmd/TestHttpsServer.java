package io.kubegen.runtime.clientcmd;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * A JDK HTTPS (or plain HTTP) server on 127.0.0.1 that records what each request carried: the
 * Authorization header, the client certificate's subject, the SNI name and all headers. Each
 * response closes the connection, so every request makes a new TLS handshake.
 */
final class TestHttpsServer implements AutoCloseable {
  /** What one request carried. */
  record Seen(String path, String authorization, String clientSubject, String sni,
      Map<String, List<String>> headers) {}

  private final HttpServer server;
  /** A scripted response: status and JSON body. */
  record Reply(int code, String body) {
    static Reply status(int code) {
      return new Reply(code, "{\"code\":" + code + "}");
    }
  }

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private volatile Function<Seen, Reply> reply = s -> Reply.status(200);

  private TestHttpsServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.start();
  }

  /** HTTPS with the fixture {@code <certName>.crt}; client certificates required or not. */
  static TestHttpsServer https(String certName, boolean needClientAuth) throws IOException {
    HttpsServer s = HttpsServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.setHttpsConfigurator(new HttpsConfigurator(TestTls.serverContext(certName)) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters p = getSSLContext().getDefaultSSLParameters();
        if (needClientAuth) {
          p.setNeedClientAuth(true);
        }
        params.setSSLParameters(p);
      }
    });
    return new TestHttpsServer(s);
  }

  static TestHttpsServer http() throws IOException {
    return new TestHttpsServer(HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
  }

  /** Decides the status of each response from what the request carried. */
  void respond(Function<Seen, Integer> status) {
    this.reply = s -> Reply.status(status.apply(s));
  }

  /** Decides each response, status and body, from what the request carried. */
  void reply(Function<Seen, Reply> reply) {
    this.reply = reply;
  }

  int port() {
    return server.getAddress().getPort();
  }

  URI uri(String host) {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return URI.create(scheme + "://" + host + ":" + port());
  }

  URI uri() {
    return uri("127.0.0.1");
  }

  List<Seen> seen() {
    return seen;
  }

  Seen last() {
    return seen.get(seen.size() - 1);
  }

  private void handle(HttpExchange ex) throws IOException {
    String subject = null;
    String sni = null;
    if (ex instanceof HttpsExchange https) {
      SSLSession session = https.getSSLSession();
      try {
        subject = ((X509Certificate) session.getPeerCertificates()[0])
            .getSubjectX500Principal().getName();
      } catch (SSLPeerUnverifiedException e) {
        subject = null;
      }
      if (session instanceof ExtendedSSLSession ext) {
        sni = ext.getRequestedServerNames().stream()
            .filter(n -> n instanceof SNIHostName)
            .map(n -> ((SNIHostName) n).getAsciiName())
            .collect(Collectors.joining(","));
      }
    }
    Seen s = new Seen(ex.getRequestURI().getPath(),
        ex.getRequestHeaders().getFirst("Authorization"), subject, sni,
        Map.copyOf(ex.getRequestHeaders()));
    seen.add(s);
    Reply r = reply.apply(s);
    byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Connection", "close");
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(r.code(), body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
