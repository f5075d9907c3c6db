package io.kubegen.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import io.kubegen.runtime.clientcmd.ConfigException;
import io.kubegen.runtime.clientcmd.KubeconfigLoader;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.rest.RestRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the OpenAPI a live cluster serves into an {@link ApiModel}, as the apiserver's own clients
 * do: the discovery document {@code /openapi/v3} lists one document per group version
 * ({@code {"paths": {"apis/apps/v1": {"serverRelativeURL": "/openapi/v3/apis/apps/v1?hash=..."}}}}),
 * each is fetched and all are read together by {@link OpenApiReader}. A server without
 * {@code /openapi/v3} (404) is read from its single {@code /openapi/v2} document instead.
 *
 * <ul>
 *   <li>The {@link GroupVersionFilter} is applied to the discovery document before fetching, so
 *       excluded group versions are never downloaded. Each apiserver v3 document is
 *       self-contained (its {@code $ref}s point into its own {@code components/schemas}, which
 *       repeat the types it borrows from other group versions), so no excluded document is needed
 *       for the types an included one refers to. Entries that are not a group version
 *       ({@code api}, {@code apis}, {@code apis/apps}, {@code version}, {@code logs},
 *       {@code .well-known/openid-configuration}, ...) only describe discovery endpoints and are
 *       skipped.
 *   <li>Documents are fetched through one {@link RestClient}, at most {@value #PARALLEL} at a time.
 *       Like kubectl's discovery client, its rate limiter is raised to at least
 *       {@value #MIN_QPS} QPS (burst {@value #MIN_BURST}): at the runtime's default of 5 QPS a
 *       cluster with 60 group versions would take ten seconds. A config without a request
 *       timeout gets client-go's discovery timeout of 32 seconds per request.
 *   <li>Each document is named by its URL path ({@code /openapi/v3/apis/apps/v1}), so problems
 *       point at what the server served.
 *   <li>Failures are {@link ReadException}s with one sentence each: a server that cannot be
 *       reached is named, 401 and 403 say what the server refused (never a credential), a
 *       kubeconfig that cannot be loaded says why.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #read()} may be called again to read the cluster anew.
 */
public final class ClusterReader {
  static final int PARALLEL = 3;
  static final float MIN_QPS = 50;
  static final int MIN_BURST = 100;
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(32);
  private static final String V3 = "/openapi/v3";
  private static final String V2 = "/openapi/v2";
  /** {@code api/v1} and {@code apis/<group>/<version>}: the discovery keys that are group versions. */
  private static final Pattern GROUP_VERSION = Pattern.compile("api/([^/]+)|apis/([^/]+)/([^/]+)");

  private final Supplier<RestConfig> config;
  private final String origin;
  private final GroupVersionFilter filter;
  private final Naming naming;

  private ClusterReader(Supplier<RestConfig> config, String origin, GroupVersionFilter filter, Naming naming) {
    this.config = config;
    this.origin = origin;
    this.filter = filter;
    this.naming = naming;
  }

  /** Reads the server this config points at, with its TLS and credentials. */
  public static ClusterReader create(RestConfig config) {
    Objects.requireNonNull(config, "config must not be null");
    return new ClusterReader(() -> config, config.server().toString(), GroupVersionFilter.all(), Naming.defaults());
  }

  /**
   * Reads the cluster of a kubeconfig context, found with kubectl's rules ({@code KUBECONFIG},
   * else {@code ~/.kube/config}, else the in-cluster configuration). The kubeconfig is loaded by
   * {@link #read()}, which reports a kubeconfig that cannot be loaded as a {@link ReadException}.
   *
   * @param contextOrNull the context to use, or null for the {@code current-context}
   */
  public static ClusterReader fromKubeconfig(String contextOrNull) {
    KubeconfigLoader loader = KubeconfigLoader.create();
    return fromKubeconfig(contextOrNull == null ? loader : loader.context(contextOrNull));
  }

  /** Reads the cluster this loader resolves to (its files, context and overrides). */
  public static ClusterReader fromKubeconfig(KubeconfigLoader loader) {
    Objects.requireNonNull(loader, "loader must not be null");
    return new ClusterReader(loader::restConfig, "kubeconfig", GroupVersionFilter.all(), Naming.defaults());
  }

  /** Reads only these group versions; the others are not fetched. */
  public ClusterReader filter(GroupVersionFilter filter) {
    return new ClusterReader(config, origin, Objects.requireNonNull(filter, "filter must not be null"), naming);
  }

  /** Names kinds with these rules (plural exceptions, for one); {@link Naming#defaults()} otherwise. */
  public ClusterReader naming(Naming naming) {
    return new ClusterReader(config, origin, filter, Objects.requireNonNull(naming, "naming must not be null"));
  }

  /**
   * Fetches the cluster's OpenAPI and reads it.
   *
   * @throws ReadException naming the server or document and what went wrong
   */
  public ApiModel read() {
    RestConfig restConfig;
    try {
      restConfig = config.get();
    } catch (ConfigException | IllegalArgumentException e) {
      // Both say what is wrong with the configuration (a missing context, an unreadable file,
      // credentials over plain http) and never a credential.
      throw single(origin, e.getMessage());
    }
    RestClient client = RestClient.create(forReading(restConfig));
    String server = restConfig.server().toString();
    OpenApiReader reader = OpenApiReader.create(naming, filter);

    Fetched discovery = fetch(client, server, V3, Map.of());
    if (discovery.notFound()) {
      Fetched v2 = fetch(client, server, V2, Map.of());
      if (v2.notFound()) {
        throw single(V2, "the API server " + server
            + " serves neither /openapi/v3 nor /openapi/v2 (404 for both); is it a Kubernetes API server?");
      }
      return reader.readDocuments(List.of(v2.document()));
    }
    List<Target> targets = targets(discovery.document());
    if (targets.isEmpty()) {
      throw single(V3, filter.equals(GroupVersionFilter.all())
          ? "the API server " + server + " lists no group version"
          : "no group version that the API server " + server + " serves matches the filter "
              + filter.includes() + " / excludes " + filter.excludes());
    }
    return reader.readDocuments(fetchAll(client, server, targets));
  }

  @Override
  public String toString() {
    return "ClusterReader{" + origin + ", " + filter + "}";
  }

  // ---------------------------------------------------------------- discovery

  /** One group-version document to fetch: its path and query as the discovery document gives. */
  private record Target(String path, Map<String, String> query) {}

  /** The group versions the discovery document lists that the filter accepts, in key order. */
  private List<Target> targets(InputDocument discovery) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(discovery.content());
    } catch (JsonProcessingException e) {
      throw new ReadException(List.of(
          new ReadProblem(discovery.name(), Json.location(e), "invalid JSON: " + Json.message(e))));
    } catch (IOException e) {
      throw single(discovery.name(), "cannot be read: " + e.getMessage());
    }
    JsonNode paths = root == null ? null : root.get("paths");
    if (paths == null || !paths.isObject()) {
      throw single(discovery.name(), "not an OpenAPI v3 discovery document: expected {\"paths\": {...}}");
    }
    // Sorted, so that the documents (and which repeated definition is read first) do not depend
    // on the server's key order.
    Map<String, JsonNode> entries = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      entries.put(e.getKey(), e.getValue());
    }
    Problems problems = new Problems();
    List<Target> targets = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      Matcher m = GROUP_VERSION.matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      String group = m.group(1) != null ? "" : m.group(2);
      String version = m.group(1) != null ? m.group(1) : m.group(3);
      if (!filter.accepts(group, version)) {
        continue;
      }
      String pointer = "/paths/" + e.getKey().replace("~", "~0").replace("/", "~1") + "/serverRelativeURL";
      JsonNode url = e.getValue().get("serverRelativeURL");
      if (url == null || !url.isTextual()) {
        problems.add(discovery.name(), pointer, "must be the URL of the group version's document");
        continue;
      }
      Target target = target(url.asText());
      if (target == null) {
        problems.add(discovery.name(), pointer, "'" + url.asText()
            + "' is not a path on this server (expected /openapi/v3/...)");
        continue;
      }
      targets.add(target);
    }
    problems.throwIfAny();
    return targets;
  }

  /** A server-relative URL split into path and query; null for anything that leaves the server. */
  private static Target target(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
    String path = uri.getPath();
    if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null
        || !path.startsWith("/")) {
      return null;
    }
    for (String segment : path.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return null;
      }
    }
    Map<String, String> query = new TreeMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        query.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return new Target(path, query);
  }

  // ---------------------------------------------------------------- fetching

  /** A document, or the fact that the server answered 404. */
  private record Fetched(InputDocument document) {
    boolean notFound() {
      return document == null;
    }
  }

  /** Fetches the targets, {@value #PARALLEL} at a time; the first failure stops the rest. */
  private List<InputDocument> fetchAll(RestClient client, String server, List<Target> targets) {
    int threads = Math.min(PARALLEL, targets.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    AtomicBoolean failed = new AtomicBoolean();
    List<Future<Fetched>> futures = new ArrayList<>();
    try {
      for (Target t : targets) {
        futures.add(pool.submit(() -> {
          if (failed.get()) {
            return null;
          }
          try {
            Fetched f = fetch(client, server, t.path(), t.query());
            if (f.notFound()) {
              throw single(t.path(), "the API server " + server
                  + " listed this document in /openapi/v3 but answered 404 for it; try again");
            }
            return f;
          } catch (RuntimeException e) {
            failed.set(true);
            throw e;
          }
        }));
      }
      List<InputDocument> documents = new ArrayList<>();
      List<ReadProblem> problems = new ArrayList<>();
      for (Future<Fetched> f : futures) {
        try {
          Fetched fetched = f.get();
          if (fetched != null) {
            documents.add(fetched.document());
          }
        } catch (ExecutionException e) {
          if (e.getCause() instanceof ReadException r) {
            problems.addAll(r.problems());
          } else {
            throw new IllegalStateException("fetching the OpenAPI documents failed", e.getCause());
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new ReadException(problems);
      }
      return documents;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw single(V3, "interrupted while fetching the OpenAPI documents from " + server);
    } finally {
      pool.shutdownNow();
    }
  }

  /** GETs one path; a 404 gives an empty {@link Fetched}, every other failure a ReadException. */
  private static Fetched fetch(RestClient client, String server, String path, Map<String, String> query) {
    RestRequest request = client.get().absPath(path);
    query.forEach(request::param);
    try {
      return new Fetched(new InputDocument(path, request.executeRaw().body()));
    } catch (ConfigException e) {
      // The credentials are resolved per request: a token file or exec plugin that fails.
      throw single(path, "cannot authenticate to the API server " + server + ": " + e.getMessage());
    } catch (ApiException e) {
      if (e.code() == 404) {
        return new Fetched(null);
      }
      if (e.code() == 301 && !query.isEmpty()) {
        // The document changed since the discovery document was served (a CRD was installed or
        // updated): the apiserver redirects a stale hash to the new one. The runtime follows
        // only 307 and 308, so ask for the current document without a hash.
        return fetch(client, server, path, Map.of());
      }
      throw single(path, describe(e, server, path, client.config()));
    }
  }

  /** What went wrong, in one sentence without the request's credentials. */
  private static String describe(ApiException e, String server, String path, RestConfig config) {
    if (e.code() == 0) {
      // The runtime's message names the method and URL (without query or user-info) and the cause.
      return "cannot reach the API server " + server + ": " + e.getMessage();
    }
    if (e.code() == 401) {
      return "401 Unauthorized: the API server " + server + (config.credentials() == null
          ? " requires credentials, and the configuration has none"
          : " did not accept the configured credentials (expired or revoked?); check the kubeconfig's user");
    }
    if (e.code() == 403) {
      String said = e.status().getMessage();
      return "403 Forbidden: the API server " + server + " does not let this user read " + path
          + "; it needs get on the non-resource URLs /openapi/v3, /openapi/v3/* and /openapi/v2"
          + " (the system:discovery cluster role grants them)"
          + (said == null || said.isBlank() ? "" : "; the server said: " + oneLine(said));
    }
    return e.getMessage();
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  /** The config with the rate limit and timeout that reading sixty documents needs. */
  static RestConfig forReading(RestConfig config) {
    RestConfig.Builder b = config.toBuilder();
    if (config.qps() > 0 && config.qps() < MIN_QPS) {
      b.qps(MIN_QPS).burst(Math.max(config.burst(), MIN_BURST));
    }
    if (config.requestTimeout() == null) {
      b.requestTimeout(DEFAULT_TIMEOUT);
    }
    return b.build();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "kubegen-openapi-fetch-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static ReadException single(String file, String message) {
    return new ReadException(List.of(new ReadProblem(file, "", message)));
  }
}
