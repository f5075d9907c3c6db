package io.kubegen.runtime.clientcmd;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Verifies a server as client-go does with {@code tls-server-name}: the chain against the trusted
 * CAs, and the certificate against the configured name instead of the URL's host.
 *
 * <p>Why this works with {@code java.net.http}: the HttpClient always sets the endpoint
 * identification algorithm to {@code HTTPS} on its engines (only the global system property
 * {@code jdk.internal.httpclient.disableHostnameVerification} turns that off), so it cannot be
 * disabled through {@code SSLParameters}. But JSSE performs endpoint identification inside the
 * trust manager: an {@link X509ExtendedTrustManager} is used as it is (only plain
 * {@code X509TrustManager}s get the JDK's hostname-checking wrapper). This class validates the
 * chain with the PKIX delegate's two-argument method, which checks no host, and then matches the
 * leaf against the configured name with Go's rules (subject alternative names only, a wildcard
 * only as the whole left-most label, IP names against IP SANs).
 */
final class ServerNameTrustManager extends X509ExtendedTrustManager {
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

  private final X509ExtendedTrustManager delegate;
  private final String serverName;

  ServerNameTrustManager(X509ExtendedTrustManager delegate, String serverName) {
    this.delegate = delegate;
    this.serverName = serverName;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType);
    verifyName(chain[0], serverName);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("this trust manager only verifies servers");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }

  /** Go's {@code x509.Certificate.VerifyHostname}, without the common-name fallback. */
  static void verifyName(X509Certificate cert, String name) throws CertificateException {
    String host = name;
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    Collection<List<?>> sans;
    try {
      sans = cert.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      throw new CertificateException("cannot read the server certificate's names", e);
    }
    List<String> dns = new ArrayList<>();
    List<String> ips = new ArrayList<>();
    if (sans != null) {
      for (List<?> san : sans) {
        int type = (Integer) san.get(0);
        if (type == 2) {
          dns.add(String.valueOf(san.get(1)));
        } else if (type == 7) {
          ips.add(String.valueOf(san.get(1)));
        }
      }
    }
    if (isIpLiteral(host)) {
      byte[] wanted = ipBytes(host);
      for (String ip : ips) {
        if (wanted != null && Arrays.equals(wanted, ipBytes(ip))) {
          return;
        }
      }
      throw new CertificateException("the server certificate is valid for IPs " + ips
          + ", not " + name);
    }
    String wanted = normalize(host);
    for (String pattern : dns) {
      if (dnsMatches(normalize(pattern), wanted)) {
        return;
      }
    }
    throw new CertificateException("the server certificate is valid for " + dns + ", not "
        + name);
  }

  private static String normalize(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  static boolean dnsMatches(String pattern, String host) {
    if (pattern.isEmpty() || host.isEmpty()) {
      return false;
    }
    if (pattern.equals(host)) {
      return true;
    }
    if (!pattern.startsWith("*.")) {
      return false;
    }
    int dot = host.indexOf('.');
    return dot > 0 && host.substring(dot).equals(pattern.substring(1));
  }

  static boolean isIpLiteral(String host) {
    return IPV4.matcher(host).matches() || host.indexOf(':') >= 0;
  }

  private static byte[] ipBytes(String literal) {
    if (!isIpLiteral(literal)) {
      return null;
    }
    try {
      return InetAddress.getByName(literal).getAddress(); // a literal: no name lookup
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
