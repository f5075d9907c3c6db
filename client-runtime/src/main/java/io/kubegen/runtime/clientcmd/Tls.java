package io.kubegen.runtime.clientcmd;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the {@link SSLContext} of a cluster: trust, server name, client certificate. */
final class Tls {
  private Tls() {}

  /**
   * @param roots the trusted CAs, or null for the JDK's default trust store
   * @param insecure accept any server certificate (never together with {@code roots})
   * @param serverName verify the server against this name and send it as SNI, or null
   * @param clientKeys the client certificate of the moment, or null for none
   */
  static SSLContext context(List<X509Certificate> roots, boolean insecure, String serverName,
      Supplier<KeyMaterial> clientKeys) {
    try {
      TrustManager tm = insecure ? new InsecureTrustManager() : trustManager(roots, serverName);
      KeyManager[] kms = clientKeys == null ? null
          : new KeyManager[] {new ClientKeyManager(clientKeys)};
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kms, new TrustManager[] {tm}, null);
      if (sendsSni(serverName)) {
        ctx = new SniSslContext(ctx, serverName);
      }
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot create a TLS context", e);
    }
  }

  /** SSL parameters carrying the SNI name, for clients that pass them to java.net.http. */
  static SSLParameters parameters(SSLContext ctx, String serverName) {
    if (!sendsSni(serverName)) {
      return null;
    }
    SSLParameters p = ctx.getDefaultSSLParameters();
    p.setServerNames(List.of(new SNIHostName(serverName)));
    return p;
  }

  /** SNI carries host names only; for an IP, as in Go, the name is verified but not sent. */
  static boolean sendsSni(String serverName) {
    return serverName != null && !serverName.isEmpty()
        && !ServerNameTrustManager.isIpLiteral(serverName);
  }

  static X509ExtendedTrustManager trustManager(List<X509Certificate> roots, String serverName)
      throws GeneralSecurityException {
    KeyStore store = null;
    if (roots != null) {
      store = KeyStore.getInstance("PKCS12");
      try {
        store.load(null, null);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      int i = 0;
      for (X509Certificate root : roots) {
        store.setCertificateEntry("ca-" + (i++), root);
      }
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(
        TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    X509ExtendedTrustManager base = null;
    for (TrustManager tm : tmf.getTrustManagers()) {
      if (tm instanceof X509ExtendedTrustManager x) {
        base = x;
        break;
      }
    }
    if (base == null) {
      throw new IllegalStateException("the default TrustManagerFactory has no X509 manager");
    }
    return serverName == null || serverName.isEmpty() ? base
        : new ServerNameTrustManager(base, serverName);
  }

  /** Drops cached TLS sessions, so that the next connection handshakes with a new certificate. */
  static void invalidateSessions(SSLContext ctx) {
    SSLSessionContext sessions = ctx.getClientSessionContext();
    for (Enumeration<byte[]> ids = sessions.getIds(); ids.hasMoreElements(); ) {
      SSLSession s = sessions.getSession(ids.nextElement());
      if (s != null) {
        s.invalidate();
      }
    }
  }

  /** {@code insecure-skip-tls-verify: true}: no chain and no name check at all. */
  static final class InsecureTrustManager extends X509ExtendedTrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws java.security.cert.CertificateException {
      throw new java.security.cert.CertificateException("client verification is not supported");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws java.security.cert.CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws java.security.cert.CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
