package io.kubegen.generator.naming;

import java.util.Map;

/**
 * The Java names of the groups of one model. A group's package segment and accessor come from its
 * first DNS label ({@code apps} → {@code apps}, {@code appsV1()}; {@code cert-manager.io} →
 * {@code certmanager}, {@code certManagerV1()}; the core group {@code ""} → {@code core},
 * {@code coreV1()}). Groups of the model that share a first label
 * ({@code gateway.networking.k8s.io}, {@code gateway.networking.x-k8s.io}) all use their whole
 * name instead ({@code gatewaynetworkingk8sio}, {@code gatewayNetworkingK8sIo}); the core group
 * keeps {@code core}. User overrides win over both.
 */
public final class GroupNames {
  private final Naming naming;
  private final Map<String, Names> names;

  GroupNames(Naming naming, Map<String, Names> names) {
    this.naming = naming;
    this.names = Map.copyOf(names);
  }

  /** The package segment: {@code certmanager}. */
  public String packageSegment(String group) {
    return names(group).packageSegment();
  }

  /** The group accessor, as in the informer factory's {@code certManager()}. */
  public String accessor(String group) {
    return names(group).accessor();
  }

  /** The group-version accessor: {@code certManagerV1}, {@code coreV1}. */
  public String groupVersionAccessor(String group, String version) {
    return accessor(group).replaceAll("_$", "") + naming.versionPascal(version);
  }

  /**
   * The prefix of group-version class names: {@code CertManagerV1} (for
   * {@code CertManagerV1Client}, {@code CertManagerV1Register}).
   */
  public String groupVersionPrefix(String group, String version) {
    String accessor = accessor(group).replaceAll("_$", "");
    return Words.capitalize(accessor) + naming.versionPascal(version);
  }

  /** The group's prefix for per-group class names: {@code CertManager}. */
  public String groupPrefix(String group) {
    return Words.capitalize(accessor(group).replaceAll("_$", ""));
  }

  private Names names(String group) {
    Names n = names.get(group);
    if (n == null) {
      throw new IllegalArgumentException(
          "group '" + group + "' is not one of the model's groups " + names.keySet());
    }
    return n;
  }

  /** One group's names. */
  record Names(String packageSegment, String accessor) {}
}
