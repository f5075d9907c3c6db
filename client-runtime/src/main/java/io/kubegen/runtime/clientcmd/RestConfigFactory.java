package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.Credentials;
import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Turns a resolved context (cluster, user, namespace) into a {@link RestConfig}, with client-go's
 * validation: one authentication method, a key for every certificate, no CA together with
 * {@code insecure-skip-tls-verify}, impersonation extras only with a user.
 */
final class RestConfigFactory {
  private RestConfigFactory() {}

  /**
   * @param cluster the cluster, or null when only a server override is known
   * @param user the user, or null for anonymous requests
   * @param server the server URL (the cluster's, or an override)
   * @param where "context X in files [..]", for messages
   */
  static RestConfig create(Kubeconfig.Cluster cluster, Kubeconfig.User user, String server,
      String namespace, String where, Clock clock) {
    String clusterWhat = cluster == null ? where
        : "cluster \"" + cluster.name() + "\" in " + cluster.source();
    String userWhat = user == null ? where : "user \"" + user.name() + "\" in " + user.source();
    if (server == null || server.isEmpty()) {
      throw new ConfigException(clusterWhat + " has no server (" + where + ")");
    }

    // Cluster: trust.
    String caPem = null;
    List<X509Certificate> roots = null;
    boolean insecure = false;
    String serverName = null;
    ProxySelector proxy = null;
    if (cluster != null) {
      if (cluster.certificateAuthority() != null && cluster.certificateAuthorityData() != null) {
        throw new ConfigException(clusterWhat + " sets both certificate-authority and"
            + " certificate-authority-data; keep one");
      }
      if (cluster.certificateAuthorityData() != null) {
        caPem = cluster.certificateAuthorityData();
        roots = Pem.certificates(caPem, "certificate-authority-data of " + clusterWhat);
      } else if (cluster.certificateAuthority() != null) {
        caPem = readFile(cluster.certificateAuthority(), "certificate-authority of "
            + clusterWhat);
        roots = Pem.certificates(caPem, "certificate-authority file "
            + cluster.certificateAuthority() + " of " + clusterWhat);
      }
      insecure = cluster.insecureSkipTlsVerify();
      if (insecure && roots != null) {
        throw new ConfigException(clusterWhat + " sets insecure-skip-tls-verify together with a"
            + " certificate authority; trust the CA or skip verification, not both");
      }
      serverName = empty(cluster.tlsServerName()) ? null : cluster.tlsServerName();
      if (serverName != null && Tls.sendsSni(serverName)) {
        try {
          new javax.net.ssl.SNIHostName(serverName);
        } catch (IllegalArgumentException e) {
          throw new ConfigException(clusterWhat + ": tls-server-name " + serverName
              + " is not a valid host name");
        }
      }
      if (!empty(cluster.proxyUrl())) {
        proxy = proxy(cluster.proxyUrl(), clusterWhat);
      }
    }

    // User: credentials.
    Credentials credentials = null;
    KeyMaterial staticKeys = null;
    ExecCredentials exec = null;
    if (user != null) {
      if (user.authProvider() != null) {
        throw new ConfigException(userWhat + " uses the auth-provider '" + user.authProvider()
            + "', which is not supported; use an exec credential plugin instead (for example"
            + " gke-gcloud-auth-plugin, kubelogin or an OIDC exec plugin)");
      }
      boolean hasToken = !empty(user.token()) || user.tokenFile() != null;
      boolean hasBasic = !empty(user.username()) || !empty(user.password());
      if (hasToken && hasBasic) {
        throw new ConfigException(userWhat + " has more than one authentication method"
            + " [token, basicAuth]; only one is allowed");
      }
      staticKeys = clientKeys(user, userWhat);
      if (user.tokenFile() != null) {
        // As client-go: the file wins over an inline token, and is re-read as it rotates.
        credentials = new TokenFileCredentials(user.tokenFile(), userWhat, clock);
      } else if (!empty(user.token())) {
        credentials = Credentials.bearerToken(user.token());
      } else if (hasBasic) {
        credentials = new BasicAuthCredentials(user.username(), user.password());
      } else if (user.exec() != null && staticKeys == null) {
        // As client-go: a static token, password or certificate makes the plugin unused.
        exec = new ExecCredentials(user.exec(), userWhat, cluster, server, caPem, clock);
        credentials = exec;
      }
    }

    URI uri = serverUri(server, roots != null || insecure || staticKeys != null, clusterWhat);
    RestConfig.Builder b = RestConfig.builder(uri).namespace(
        empty(namespace) ? "default" : namespace);
    if ("https".equals(uri.getScheme())) {
      Supplier<KeyMaterial> keys = null;
      if (staticKeys != null) {
        KeyMaterial fixed = staticKeys;
        keys = () -> fixed;
      } else if (exec != null) {
        keys = exec::clientKeys;
      }
      if (roots != null || insecure || serverName != null || keys != null) {
        SSLContext ctx = Tls.context(roots, insecure, serverName, keys);
        b.sslContext(ctx).sslParameters(Tls.parameters(ctx, serverName));
        if (exec != null) {
          exec.onNewCertificate(() -> Tls.invalidateSessions(ctx));
        }
      }
    }
    if (credentials != null) {
      b.credentials(credentials);
    }
    if (proxy != null) {
      b.proxy(proxy);
    }
    if (user != null) {
      impersonation(user, userWhat, b);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": " + e.getMessage());
    }
  }

  private static KeyMaterial clientKeys(Kubeconfig.User user, String userWhat) {
    boolean certFile = user.clientCertificate() != null;
    boolean certData = user.clientCertificateData() != null;
    boolean keyFile = user.clientKey() != null;
    boolean keyData = user.clientKeyData() != null;
    if (!certFile && !certData && !keyFile && !keyData) {
      return null;
    }
    if (certFile && certData) {
      throw new ConfigException(userWhat + " sets both client-certificate and"
          + " client-certificate-data; keep one");
    }
    if (keyFile && keyData) {
      throw new ConfigException(userWhat + " sets both client-key and client-key-data;"
          + " keep one");
    }
    if (!certFile && !certData) {
      throw new ConfigException(userWhat + " has a client key but no client-certificate or"
          + " client-certificate-data");
    }
    if (!keyFile && !keyData) {
      throw new ConfigException(userWhat + " has a client certificate but no client-key or"
          + " client-key-data");
    }
    String certWhat = certData ? "client-certificate-data of " + userWhat
        : "client-certificate file " + user.clientCertificate() + " of " + userWhat;
    String keyWhat = keyData ? "client-key-data of " + userWhat
        : "client-key file " + user.clientKey() + " of " + userWhat;
    String cert = certData ? user.clientCertificateData()
        : readFile(user.clientCertificate(), "client-certificate of " + userWhat);
    String key = keyData ? user.clientKeyData()
        : readFile(user.clientKey(), "client-key of " + userWhat);
    return Pem.keyMaterial(cert, certWhat, key, keyWhat);
  }

  private static void impersonation(Kubeconfig.User user, String userWhat, RestConfig.Builder b) {
    boolean extras = !user.impersonateGroups().isEmpty() || !user.impersonateUserExtra().isEmpty()
        || !empty(user.impersonateUid());
    if (empty(user.impersonate())) {
      if (extras) {
        throw new ConfigException(userWhat + " sets as-groups, as-uid or as-user-extra without"
            + " as (the user to impersonate)");
      }
      return;
    }
    b.header("Impersonate-User", user.impersonate());
    if (!empty(user.impersonateUid())) {
      b.header("Impersonate-Uid", user.impersonateUid());
    }
    for (String group : user.impersonateGroups()) {
      b.header("Impersonate-Group", group);
    }
    for (Map.Entry<String, List<String>> e : user.impersonateUserExtra().entrySet()) {
      String header = "Impersonate-Extra-" + headerKey(e.getKey());
      for (String value : e.getValue()) {
        b.header(header, value);
      }
    }
  }

  /**
   * client-go's {@code headerKeyEscape}: bytes that are not legal in a header name are
   * percent-encoded (the apiserver decodes them).
   */
  static String headerKey(String key) {
    StringBuilder sb = new StringBuilder();
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean legal = c < 0x80
          && (Character.isLetterOrDigit(c) || "!#$&'*+-.^_`|~".indexOf(c) >= 0);
      if (legal) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  /**
   * The server URL; like client-go's {@code DefaultServerURL}, a bare {@code host:port} gets
   * {@code https://} when TLS settings are present and {@code http://} otherwise.
   */
  static URI serverUri(String server, boolean tlsConfigured, String what) {
    String s = server.contains("://") ? server : (tlsConfigured ? "https://" : "http://") + server;
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new ConfigException(what + ": server " + Kubeconfig.redactUrl(server)
          + " is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new ConfigException(what + ": server " + Kubeconfig.redactUrl(server)
          + " must be an http or https URL");
    }
    if (uri.getHost() == null) {
      throw new ConfigException(what + ": server " + Kubeconfig.redactUrl(server)
          + " has no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new ConfigException(what + ": server " + Kubeconfig.redactUrl(server)
          + " must not contain credentials; use the user's username and password");
    }
    return uri;
  }

  /**
   * An HTTP proxy for {@code proxy-url}. java.net.http speaks plain HTTP to a proxy (CONNECT for
   * https targets); it cannot use TLS to the proxy, SOCKS, or credentials in the URL, so those
   * are refused rather than silently weakened.
   */
  static ProxySelector proxy(String url, String what) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ConfigException(what + ": proxy-url is not a valid URL");
    }
    String shown = Kubeconfig.redactUrl(url);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    switch (scheme) {
      case "http":
        break;
      case "https":
        throw new ConfigException(what + ": proxy-url " + shown + " uses https; java.net.http"
            + " cannot speak TLS to a proxy, use an http:// proxy URL (https requests are still"
            + " tunnelled with CONNECT)");
      case "socks5":
      case "socks5h":
        throw new ConfigException(what + ": proxy-url " + shown + " is a SOCKS proxy, which"
            + " java.net.http does not support; use an HTTP proxy");
      default:
        throw new ConfigException(what + ": proxy-url " + shown
            + " must be an http:// URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw new ConfigException(what + ": proxy-url " + shown + " contains credentials, which"
          + " are not supported for proxies");
    }
    if (uri.getHost() == null) {
      throw new ConfigException(what + ": proxy-url " + shown + " has no host");
    }
    return new FixedProxy(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
  }

  /** One HTTP proxy for every request; its name is resolved when a request is made. */
  static final class FixedProxy extends ProxySelector {
    private final String host;
    private final int port;

    FixedProxy(String host, int port) {
      this.host = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      this.port = port;
    }

    @Override
    public List<Proxy> select(URI uri) {
      SocketAddress address = new InetSocketAddress(host, port);
      return List.of(new Proxy(Proxy.Type.HTTP, address));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}

    @Override
    public String toString() {
      return "FixedProxy[" + host + ":" + port + "]";
    }
  }

  static String readFile(Path file, String what) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigException(what + ": file " + file + " does not exist");
    } catch (IOException e) {
      throw new ConfigException(what + ": file " + file + " cannot be read ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }
}
