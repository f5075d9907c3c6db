package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.RestConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, merges and resolves kubeconfig files with kubectl's rules, and falls back to the
 * in-cluster configuration like client-go's deferred loading:
 *
 * <ol>
 *   <li>an explicit file ({@link #explicitPath}), which must exist, and then nothing else;
 *   <li>else the files listed in {@code KUBECONFIG} (separated by {@link File#pathSeparator}),
 *       de-duplicated, skipping files that do not exist;
 *   <li>else {@code ~/.kube/config} if it exists;
 *   <li>and when that gives no configuration at all, the in-cluster configuration.
 * </ol>
 *
 * <p>Merging: the first file that defines a cluster, user or context name wins that whole entry,
 * and the first file with a {@code current-context} wins it. Relative paths are resolved against
 * the directory of the file that names them. {@link Overrides} then change the context, its
 * cluster, user and namespace, or the server.
 *
 * <p>Immutable: each {@code with}-style method returns a new loader. Nothing is read until
 * {@link #load()} or {@link #restConfig()}. The environment, home directory, clock and
 * service-account directory are injectable, so tests never read the real ones.
 */
public final class KubeconfigLoader {
  private static final Logger LOG = LoggerFactory.getLogger(KubeconfigLoader.class);
  public static final String KUBECONFIG = "KUBECONFIG";

  private final Map<String, String> env;
  private final Path home;
  private final Path explicitPath;
  private final Overrides overrides;
  private final Clock clock;
  private final Path serviceAccountDirectory;

  private KubeconfigLoader(Map<String, String> env, Path home, Path explicitPath,
      Overrides overrides, Clock clock, Path serviceAccountDirectory) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.home = home;
    this.explicitPath = explicitPath;
    this.overrides = Objects.requireNonNull(overrides, "overrides");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.serviceAccountDirectory = Objects.requireNonNull(serviceAccountDirectory,
        "serviceAccountDirectory");
  }

  /** The process's environment; the home directory from {@code HOME}, else {@code user.home}. */
  public static KubeconfigLoader create() {
    Map<String, String> env = System.getenv();
    String home = env.get("HOME");
    if (home == null || home.isEmpty()) {
      home = System.getProperty("user.home");
    }
    return create(env, home == null ? null : Path.of(home));
  }

  /** An injected environment and home directory (null: no home file). */
  public static KubeconfigLoader create(Map<String, String> env, Path homeDirectory) {
    return new KubeconfigLoader(env, homeDirectory, null, Overrides.none(), Clock.systemUTC(),
        InClusterConfig.DEFAULT_SERVICE_ACCOUNT_DIRECTORY);
  }

  /** Reads only this file, which must exist (kubectl's {@code --kubeconfig}). */
  public KubeconfigLoader explicitPath(Path file) {
    return new KubeconfigLoader(env, home, file, overrides, clock, serviceAccountDirectory);
  }

  public KubeconfigLoader overrides(Overrides overrides) {
    return new KubeconfigLoader(env, home, explicitPath, overrides, clock,
        serviceAccountDirectory);
  }

  /** Uses this context instead of {@code current-context}. */
  public KubeconfigLoader context(String context) {
    return overrides(overrides.withContext(context));
  }

  /** Uses this namespace instead of the context's. */
  public KubeconfigLoader namespace(String namespace) {
    return overrides(overrides.withNamespace(namespace));
  }

  /** The clock for token-file and exec-credential expiry. */
  public KubeconfigLoader clock(Clock clock) {
    return new KubeconfigLoader(env, home, explicitPath, overrides, clock,
        serviceAccountDirectory);
  }

  /** Where the in-cluster fallback looks for the service account's token, CA and namespace. */
  public KubeconfigLoader serviceAccountDirectory(Path directory) {
    return new KubeconfigLoader(env, home, explicitPath, overrides, clock, directory);
  }

  /**
   * The kubeconfig files in precedence order, before the existence check: the explicit file,
   * else the {@code KUBECONFIG} list (de-duplicated), else the home file.
   */
  public List<Path> precedence() {
    if (explicitPath != null) {
      return List.of(explicitPath);
    }
    String list = env.get(KUBECONFIG);
    if (list != null && !list.isEmpty()) {
      Set<Path> seen = new LinkedHashSet<>();
      List<Path> out = new ArrayList<>();
      for (String entry : list.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
        if (entry.isEmpty()) {
          continue;
        }
        Path p = Path.of(entry);
        if (seen.add(p.toAbsolutePath().normalize())) {
          out.add(p);
        }
      }
      return out;
    }
    return home == null ? List.of() : List.of(home.resolve(".kube").resolve("config"));
  }

  /** The files that exist and will be read; an explicit file that is missing is an error. */
  public List<Path> files() {
    if (explicitPath != null) {
      if (!Files.exists(explicitPath)) {
        throw new ConfigException("kubeconfig file " + explicitPath + " does not exist");
      }
      return List.of(explicitPath);
    }
    List<Path> out = new ArrayList<>();
    for (Path p : precedence()) {
      if (Files.exists(p)) {
        out.add(p);
      } else {
        LOG.debug("kubeconfig file {} does not exist, skipping it", p);
      }
    }
    return out;
  }

  /** Reads and merges the files; an empty {@link Kubeconfig} when there are none. */
  public Kubeconfig load() {
    List<Kubeconfig> configs = new ArrayList<>();
    for (Path p : files()) {
      if (Files.isDirectory(p)) {
        throw new ConfigException("kubeconfig file " + p + " is a directory");
      }
      configs.add(KubeconfigParser.read(p));
    }
    return Kubeconfig.merge(configs);
  }

  /**
   * The configuration to use: from the kubeconfig files and overrides, or, when no kubeconfig
   * gives any configuration (and no explicit file was named), from inside the cluster.
   */
  public RestConfig restConfig() {
    Kubeconfig config = load();
    if (explicitPath == null && config.isEmpty() && overrides.server() == null) {
      InClusterConfig inCluster = InClusterConfig.create(env, serviceAccountDirectory)
          .clock(clock).namespace(overrides.namespace());
      if (inCluster.isAvailable()) {
        LOG.debug("no kubeconfig found, using the in-cluster configuration");
        return inCluster.restConfig();
      }
      throw new ConfigException("no configuration found: no kubeconfig in "
          + (precedence().isEmpty() ? "(no candidate files)" : precedence().toString())
          + (env.containsKey(KUBECONFIG) ? " (from KUBECONFIG)" : "")
          + ", and not running in a cluster (KUBERNETES_SERVICE_HOST/PORT unset or no"
          + " service account token in " + serviceAccountDirectory + ")");
    }
    return restConfig(config);
  }

  /** Resolves the overrides against a loaded configuration. */
  public RestConfig restConfig(Kubeconfig config) {
    String files = config.files().isEmpty() ? "(no kubeconfig file)"
        : config.files().size() == 1 ? config.files().get(0).toString()
        : config.files().toString();
    String contextName = overrides.context() != null ? overrides.context()
        : config.currentContext();
    Kubeconfig.Context context = null;
    String where;
    if (!contextName.isEmpty()) {
      context = config.contexts().get(contextName);
      if (context == null) {
        throw new ConfigException("context \"" + contextName + "\" is not defined in " + files
            + (overrides.context() == null ? " (it is the current-context)" : "")
            + "; defined contexts: " + config.contexts().keySet());
      }
      where = "context \"" + contextName + "\" in " + context.source();
    } else if (overrides.cluster() != null || overrides.server() != null) {
      where = "kubeconfig " + files + " with overrides";
    } else {
      throw new ConfigException("kubeconfig " + files + " sets no current-context and no"
          + " context was chosen; defined contexts: " + config.contexts().keySet());
    }

    String clusterName = overrides.cluster() != null ? overrides.cluster()
        : context == null ? null : context.cluster();
    Kubeconfig.Cluster cluster = null;
    if (clusterName != null && !clusterName.isEmpty()) {
      cluster = config.clusters().get(clusterName);
      if (cluster == null) {
        throw new ConfigException("cluster \"" + clusterName + "\" of " + where
            + " is not defined in " + files);
      }
    } else if (overrides.server() == null) {
      throw new ConfigException(where + " names no cluster");
    }

    String userName = overrides.user() != null ? overrides.user()
        : context == null ? null : context.user();
    Kubeconfig.User user = null;
    if (userName != null && !userName.isEmpty()) {
      user = config.users().get(userName);
      if (user == null) {
        throw new ConfigException("user \"" + userName + "\" of " + where
            + " is not defined in " + files);
      }
    }

    String namespace = overrides.namespace() != null ? overrides.namespace()
        : context == null ? null : context.namespace();
    String server = overrides.server() != null ? overrides.server()
        : cluster == null ? null : cluster.server();
    return RestConfigFactory.create(cluster, user, server, namespace, where, clock);
  }

  @Override
  public String toString() {
    return "KubeconfigLoader{explicitPath=" + explicitPath + ", precedence=" + precedence()
        + ", overrides=" + overrides + "}";
  }
}
