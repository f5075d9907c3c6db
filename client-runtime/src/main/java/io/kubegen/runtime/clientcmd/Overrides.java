package io.kubegen.runtime.clientcmd;

/**
 * What a command line (kubectl's {@code --context}, {@code --cluster}, {@code --user},
 * {@code -n}, {@code --server}) changes in a kubeconfig: each non-null component replaces the
 * corresponding part of the chosen context. {@code context} picks another context than
 * {@code current-context}; {@code cluster} and {@code user} pick other entries for it;
 * {@code server} replaces the cluster's URL.
 */
public record Overrides(String context, String cluster, String user, String namespace,
    String server) {
  private static final Overrides NONE = new Overrides(null, null, null, null, null);

  public Overrides {
    context = blankToNull(context);
    cluster = blankToNull(cluster);
    user = blankToNull(user);
    namespace = blankToNull(namespace);
    server = blankToNull(server);
  }

  public static Overrides none() {
    return NONE;
  }

  public Overrides withContext(String context) {
    return new Overrides(context, cluster, user, namespace, server);
  }

  public Overrides withCluster(String cluster) {
    return new Overrides(context, cluster, user, namespace, server);
  }

  public Overrides withUser(String user) {
    return new Overrides(context, cluster, user, namespace, server);
  }

  public Overrides withNamespace(String namespace) {
    return new Overrides(context, cluster, user, namespace, server);
  }

  public Overrides withServer(String server) {
    return new Overrides(context, cluster, user, namespace, server);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
