package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.RestConfig;
import java.nio.file.Path;

/**
 * One-line ways to get a {@link RestConfig}, as client-go's {@code clientcmd} helpers. For
 * overrides, injected environments or a listing of contexts, use {@link KubeconfigLoader} and
 * {@link InClusterConfig} directly.
 */
public final class Config {
  private Config() {}

  /**
   * What kubectl would use: {@code KUBECONFIG}, else {@code ~/.kube/config}, else the in-cluster
   * configuration.
   */
  public static RestConfig defaultConfig() {
    return KubeconfigLoader.create().restConfig();
  }

  /** The current context of this kubeconfig file, which must exist. */
  public static RestConfig fromKubeconfig(Path file) {
    return KubeconfigLoader.create().explicitPath(file).restConfig();
  }

  /** A named context of this kubeconfig file. */
  public static RestConfig fromKubeconfig(Path file, String context) {
    return KubeconfigLoader.create().explicitPath(file).context(context).restConfig();
  }

  /** The configuration of a process running in a pod. */
  public static RestConfig inCluster() {
    return InClusterConfig.create().restConfig();
  }
}
