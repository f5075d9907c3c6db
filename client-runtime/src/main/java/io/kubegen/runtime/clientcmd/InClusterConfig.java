package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration of a process running in a pod, as client-go's {@code rest.InClusterConfig}:
 * the API server from {@code KUBERNETES_SERVICE_HOST} and {@code KUBERNETES_SERVICE_PORT}, the
 * service account's token (re-read as the kubelet rotates it) and CA from
 * {@code /var/run/secrets/kubernetes.io/serviceaccount}, and the namespace from
 * {@code POD_NAMESPACE}, else the service account's {@code namespace} file, else "default".
 *
 * <p>Immutable. The environment and the directory are injectable for tests.
 */
public final class InClusterConfig {
  private static final Logger LOG = LoggerFactory.getLogger(InClusterConfig.class);
  public static final Path DEFAULT_SERVICE_ACCOUNT_DIRECTORY =
      Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

  private final Map<String, String> env;
  private final Path directory;
  private final Clock clock;
  private final String namespaceOverride;

  private InClusterConfig(Map<String, String> env, Path directory, Clock clock,
      String namespaceOverride) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.namespaceOverride = namespaceOverride;
  }

  /** The process's environment and the standard service-account directory. */
  public static InClusterConfig create() {
    return new InClusterConfig(System.getenv(), DEFAULT_SERVICE_ACCOUNT_DIRECTORY,
        Clock.systemUTC(), null);
  }

  public static InClusterConfig create(Map<String, String> env, Path serviceAccountDirectory) {
    return new InClusterConfig(env, serviceAccountDirectory, Clock.systemUTC(), null);
  }

  /** The clock that decides when the token file is read again. */
  public InClusterConfig clock(Clock clock) {
    return new InClusterConfig(env, directory, clock, namespaceOverride);
  }

  /** Uses this namespace instead of POD_NAMESPACE and the namespace file. */
  public InClusterConfig namespace(String namespace) {
    return new InClusterConfig(env, directory, clock, namespace);
  }

  /** True when the service environment variables are set and the token file exists. */
  public boolean isAvailable() {
    return !empty(env.get("KUBERNETES_SERVICE_HOST")) && !empty(env.get("KUBERNETES_SERVICE_PORT"))
        && Files.isRegularFile(directory.resolve("token"));
  }

  public RestConfig restConfig() {
    String host = env.get("KUBERNETES_SERVICE_HOST");
    String port = env.get("KUBERNETES_SERVICE_PORT");
    if (empty(host) || empty(port)) {
      throw new ConfigException("not running in a cluster: KUBERNETES_SERVICE_HOST and"
          + " KUBERNETES_SERVICE_PORT must be set");
    }
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]"; // IPv6, as net.JoinHostPort
    }
    String what = "in-cluster configuration (" + directory + ")";
    String server = "https://" + host + ":" + port;
    TokenFileCredentials token = new TokenFileCredentials(directory.resolve("token"),
        what, clock);
    List<X509Certificate> roots = null;
    Path ca = directory.resolve("ca.crt");
    try {
      String pem = new String(Files.readAllBytes(ca), StandardCharsets.ISO_8859_1);
      roots = Pem.certificates(pem, "the service account CA " + ca);
    } catch (IOException | ConfigException e) {
      // As client-go: without a readable CA file, fall back to the system trust store.
      LOG.warn("{}: cannot use the CA file {} ({}); trusting the system's CAs instead", what, ca,
          e instanceof ConfigException ? e.getMessage() : e.getClass().getSimpleName());
    }
    RestConfig.Builder b;
    try {
      b = RestConfig.builder(server);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(what + ": KUBERNETES_SERVICE_HOST/PORT do not form a valid URL ("
          + server + ")");
    }
    b.credentials(token).namespace(namespace());
    if (roots != null) {
      b.sslContext(Tls.context(roots, false, null, null));
    }
    return b.build();
  }

  /** POD_NAMESPACE, else the service account's namespace file, else "default". */
  public String namespace() {
    if (!empty(namespaceOverride)) {
      return namespaceOverride;
    }
    String ns = env.get("POD_NAMESPACE");
    if (!empty(ns)) {
      return ns;
    }
    try {
      String file = Files.readString(directory.resolve("namespace"), StandardCharsets.UTF_8)
          .strip();
      if (!file.isEmpty()) {
        return file;
      }
    } catch (IOException e) {
      // no namespace file
    }
    return "default";
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }

  @Override
  public String toString() {
    return "InClusterConfig{directory=" + directory + "}";
  }
}
