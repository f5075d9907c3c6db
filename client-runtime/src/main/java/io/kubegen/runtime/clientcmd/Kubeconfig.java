package io.kubegen.runtime.clientcmd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kubeconfig as loaded: one file, or several merged with kubectl's rules (the first file that
 * defines a cluster, user or context name wins the whole entry, and the first non-empty
 * {@code current-context} wins). Relative paths are already resolved against the directory of the
 * file that defined them, and {@code *-data} fields are already base64-decoded.
 *
 * <p>{@code toString()} of every part leaves out tokens, passwords, keys and exec environment
 * values.
 */
public final class Kubeconfig {
  private final List<Path> files;
  private final String currentContext;
  private final Map<String, Cluster> clusters;
  private final Map<String, User> users;
  private final Map<String, Context> contexts;

  Kubeconfig(List<Path> files, String currentContext, Map<String, Cluster> clusters,
      Map<String, User> users, Map<String, Context> contexts) {
    this.files = List.copyOf(files);
    this.currentContext = currentContext == null ? "" : currentContext;
    this.clusters = Collections.unmodifiableMap(new LinkedHashMap<>(clusters));
    this.users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
    this.contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
  }

  static Kubeconfig empty() {
    return new Kubeconfig(List.of(), "", Map.of(), Map.of(), Map.of());
  }

  /** Merges files in precedence order: the first definition of each name wins. */
  static Kubeconfig merge(List<Kubeconfig> configs) {
    List<Path> files = new ArrayList<>();
    String current = "";
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    Map<String, User> users = new LinkedHashMap<>();
    Map<String, Context> contexts = new LinkedHashMap<>();
    for (Kubeconfig c : configs) {
      files.addAll(c.files);
      if (current.isEmpty()) {
        current = c.currentContext;
      }
      c.clusters.forEach(clusters::putIfAbsent);
      c.users.forEach(users::putIfAbsent);
      c.contexts.forEach(contexts::putIfAbsent);
    }
    return new Kubeconfig(files, current, clusters, users, contexts);
  }

  /** The files this configuration was read from, in precedence order. */
  public List<Path> files() {
    return files;
  }

  /** The {@code current-context}, or "" when none is set. */
  public String currentContext() {
    return currentContext;
  }

  public Map<String, Cluster> clusters() {
    return clusters;
  }

  public Map<String, User> users() {
    return users;
  }

  public Map<String, Context> contexts() {
    return contexts;
  }

  /** True when nothing was defined: no file, or only empty files. */
  public boolean isEmpty() {
    return currentContext.isEmpty() && clusters.isEmpty() && users.isEmpty()
        && contexts.isEmpty();
  }

  @Override
  public String toString() {
    return "Kubeconfig{files=" + files + ", currentContext=" + currentContext + ", clusters="
        + clusters.keySet() + ", users=" + users.keySet() + ", contexts=" + contexts.keySet()
        + "}";
  }

  /**
   * A named cluster. {@code certificateAuthorityData} is the decoded PEM text;
   * {@code execConfig} is the {@code client.authentication.k8s.io/exec} extension, passed to exec
   * plugins in {@code KUBERNETES_EXEC_INFO}.
   */
  public record Cluster(String name, Path source, String server, Path certificateAuthority,
      String certificateAuthorityData, boolean insecureSkipTlsVerify, String tlsServerName,
      String proxyUrl, Object execConfig) {
    public Cluster {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return "Cluster{name=" + name + ", source=" + source + ", server=" + server
          + ", certificateAuthority=" + certificateAuthority + ", certificateAuthorityData="
          + (certificateAuthorityData == null ? "none" : certificateAuthorityData.length()
          + " chars") + ", insecureSkipTlsVerify=" + insecureSkipTlsVerify + ", tlsServerName="
          + tlsServerName + ", proxyUrl=" + redactUrl(proxyUrl) + "}";
    }
  }

  /** A named context: which cluster, which user, which default namespace. */
  public record Context(String name, Path source, String cluster, String user, String namespace) {
    public Context {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A named user ({@code AuthInfo} in client-go). {@code clientCertificateData} and
   * {@code clientKeyData} are decoded PEM text. {@code authProvider} is only the provider's name:
   * auth-provider plugins are not supported (use exec plugins).
   */
  public record User(String name, Path source, String token, Path tokenFile,
      Path clientCertificate, String clientCertificateData, Path clientKey,
      String clientKeyData, String username, String password, String impersonate,
      String impersonateUid, List<String> impersonateGroups,
      Map<String, List<String>> impersonateUserExtra, Exec exec, String authProvider) {
    public User {
      Objects.requireNonNull(name, "name");
      impersonateGroups = impersonateGroups == null ? List.of() : List.copyOf(impersonateGroups);
      Map<String, List<String>> extra = new LinkedHashMap<>();
      if (impersonateUserExtra != null) {
        impersonateUserExtra.forEach((k, v) -> extra.put(k, List.copyOf(v)));
      }
      impersonateUserExtra = Collections.unmodifiableMap(extra);
    }

    @Override
    public String toString() {
      return "User{name=" + name + ", source=" + source + ", token=" + set(token)
          + ", tokenFile=" + tokenFile + ", clientCertificate=" + clientCertificate
          + ", clientCertificateData=" + set(clientCertificateData) + ", clientKey=" + clientKey
          + ", clientKeyData=" + set(clientKeyData) + ", username=" + username + ", password="
          + set(password) + ", impersonate=" + impersonate + ", impersonateUid=" + impersonateUid
          + ", impersonateGroups=" + impersonateGroups + ", impersonateUserExtra="
          + impersonateUserExtra.keySet() + ", exec=" + exec + ", authProvider=" + authProvider
          + "}";
    }
  }

  /**
   * An exec credential plugin: the command (already resolved against the kubeconfig's directory
   * when it contains a path separator), its arguments and environment, the ExecCredential
   * {@code apiVersion}, the {@code installHint} shown when the command is missing, whether the
   * plugin receives the cluster's details, and the {@code interactiveMode}.
   */
  public record Exec(String command, List<String> args, Map<String, String> env,
      String apiVersion, String installHint, boolean provideClusterInfo,
      String interactiveMode) {
    public Exec {
      args = args == null ? List.of() : List.copyOf(args);
      env = env == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    @Override
    public String toString() {
      return "Exec{command=" + command + ", args=" + args.size() + " args, env=" + env.keySet()
          + ", apiVersion=" + apiVersion + ", provideClusterInfo=" + provideClusterInfo
          + ", interactiveMode=" + interactiveMode + "}";
    }
  }

  private static String set(String secret) {
    return secret == null ? "none" : "redacted";
  }

  /** A URL without its user-info part (proxy URLs may carry a password). */
  static String redactUrl(String url) {
    if (url == null) {
      return null;
    }
    int scheme = url.indexOf("://");
    int at = url.indexOf('@', scheme < 0 ? 0 : scheme + 3);
    int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (at < 0 || (slash >= 0 && at > slash)) {
      return url;
    }
    return (scheme < 0 ? "" : url.substring(0, scheme + 3)) + "redacted@" + url.substring(at + 1);
  }
}
