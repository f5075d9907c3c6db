package io.kubegen.runtime.rest;

import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * How to reach one API server: address, TLS, credentials, throttling, timeouts and retries.
 * Immutable; build with {@link #builder(URI)}. Loading it from a kubeconfig or from inside a pod
 * is the job of {@code clientcmd}.
 *
 * <p>Credentials are only sent over TLS: a config with credentials and an {@code http://} server
 * is refused, except on a loopback address, where no network sees the request.
 */
public final class RestConfig {
  private final URI server;
  private final SSLContext sslContext;
  private final SSLParameters sslParameters;
  private final Credentials credentials;
  private final ProxySelector proxy;
  private final Map<String, List<String>> headers;
  private final float qps;
  private final int burst;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final String userAgent;
  private final int maxRetries;
  private final WatchTransport watchTransport;
  private final String namespace;

  private RestConfig(Builder b) {
    this.server = b.server;
    this.sslContext = b.sslContext;
    this.sslParameters = b.sslParameters;
    this.credentials = b.credentials;
    this.proxy = b.proxy;
    this.headers = Map.copyOf(b.headers);
    this.qps = b.qps;
    this.burst = b.burst;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.userAgent = b.userAgent;
    this.maxRetries = b.maxRetries;
    this.watchTransport = b.watchTransport;
    this.namespace = b.namespace;
  }

  public static Builder builder(URI server) {
    return new Builder(server);
  }

  public static Builder builder(String server) {
    return new Builder(URI.create(server));
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The server's base URI, without a trailing slash. */
  public URI server() {
    return server;
  }

  /** The TLS context (trust and client certificates); null means the JDK default. */
  public SSLContext sslContext() {
    return sslContext;
  }

  /** TLS parameters such as the SNI server name; null means the defaults. */
  public SSLParameters sslParameters() {
    return sslParameters;
  }

  /** Null when requests are sent without authentication. */
  public Credentials credentials() {
    return credentials;
  }

  /** Null means the JDK default proxy selection. */
  public ProxySelector proxy() {
    return proxy;
  }

  /** Headers sent with every request, such as {@code Impersonate-User}. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Requests per second allowed by the client-side rate limiter; 0 or less means unlimited. */
  public float qps() {
    return qps;
  }

  /** Requests the rate limiter lets through at once after a quiet period. */
  public int burst() {
    return burst;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Timeout of one non-watch request; null means none. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  public String userAgent() {
    return userAgent;
  }

  /** How often a failed safe request is retried after 429 or 5xx with Retry-After; 0 disables. */
  public int maxRetries() {
    return maxRetries;
  }

  public WatchTransport watchTransport() {
    return watchTransport;
  }

  /** The default namespace of the kubeconfig context, or "default". */
  public String namespace() {
    return namespace;
  }

  @Override
  public String toString() {
    // Never the credentials themselves.
    return "RestConfig{server=" + server + ", credentials=" + (credentials == null ? "none" : "set")
        + ", qps=" + qps + ", burst=" + burst + ", watchTransport=" + watchTransport + "}";
  }

  public static final class Builder {
    private URI server;
    private SSLContext sslContext;
    private SSLParameters sslParameters;
    private Credentials credentials;
    private ProxySelector proxy;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private float qps = 5;
    private int burst = 10;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout;
    private String userAgent = "kubegen-java/0.1";
    private int maxRetries = 10;
    private WatchTransport watchTransport = WatchTransport.HTTP_STREAMING;
    private String namespace = "default";

    private Builder(URI server) {
      server(server);
    }

    private Builder(RestConfig c) {
      server = c.server;
      sslContext = c.sslContext;
      sslParameters = c.sslParameters;
      credentials = c.credentials;
      proxy = c.proxy;
      headers.putAll(c.headers);
      qps = c.qps;
      burst = c.burst;
      connectTimeout = c.connectTimeout;
      requestTimeout = c.requestTimeout;
      userAgent = c.userAgent;
      maxRetries = c.maxRetries;
      watchTransport = c.watchTransport;
      namespace = c.namespace;
    }

    public Builder server(URI server) {
      Objects.requireNonNull(server, "server");
      String scheme = server.getScheme();
      if (!"https".equals(scheme) && !"http".equals(scheme)) {
        throw new IllegalArgumentException("server '" + server + "' must be an http or https URL");
      }
      String text = server.toString();
      this.server = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : server;
      return this;
    }

    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    public Builder sslParameters(SSLParameters sslParameters) {
      this.sslParameters = sslParameters;
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    public Builder bearerToken(String token) {
      return credentials(Credentials.bearerToken(token));
    }

    public Builder proxy(ProxySelector proxy) {
      this.proxy = proxy;
      return this;
    }

    /** Adds a header to every request (repeat for several values). */
    public Builder header(String name, String value) {
      headers.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
      return this;
    }

    public Builder qps(float qps) {
      this.qps = qps;
      return this;
    }

    public Builder burst(int burst) {
      this.burst = burst;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder watchTransport(WatchTransport watchTransport) {
      this.watchTransport = Objects.requireNonNull(watchTransport, "watchTransport");
      return this;
    }

    public Builder namespace(String namespace) {
      this.namespace = Objects.requireNonNull(namespace, "namespace");
      return this;
    }

    public RestConfig build() {
      if (qps > 0 && burst <= 0) {
        throw new IllegalArgumentException("burst must be positive when qps is set, was " + burst);
      }
      if (credentials != null && "http".equals(server.getScheme()) && !isLoopback(server.getHost())) {
        throw new IllegalArgumentException("credentials are only sent over TLS, but server "
            + server + " is plain http; use https");
      }
      return new RestConfig(this);
    }

    private static boolean isLoopback(String host) {
      if (host == null) {
        return false;
      }
      if (host.equals("localhost")) {
        return true;
      }
      // Only literal addresses: no name lookup here.
      if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
        return false;
      }
      try {
        return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }
}
