package io.kubegen.runtime.rest;

import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.JsonException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request to the API server, built fluently as client-go's {@code rest.Request}:
 *
 * <pre>{@code
 * ConfigMap cm = client.get()
 *     .groupVersion(GroupVersion.parse("v1")).namespace("default").resource("configmaps").name("app")
 *     .execute(ConfigMap.class);
 * }</pre>
 *
 * <p>The path is {@code <server path>/api/v1} for the core group or {@code /apis/<group>/<version>}
 * (or {@link #absPath}), then {@code /namespaces/<ns>}, {@code /<resource>}, {@code /<name>},
 * {@code /<subresource>...}; every segment is percent-encoded. Misuse fails at once with an
 * {@link IllegalArgumentException} (bad value) or {@link IllegalStateException} (set twice, or a
 * combination the server cannot serve), with client-go's messages.
 *
 * <p>Not thread-safe; a built request may be executed more than once.
 */
public final class RestRequest {
  private final RestClient client;
  private final String method;
  private final PatchType patchType;
  private GroupVersion groupVersion;
  private List<String> absPath;
  private String namespace;
  private boolean namespaceSet;
  private String resource;
  private String name;
  private List<String> subresource;
  private final Map<String, List<String>> params = new LinkedHashMap<>();
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private byte[] body;
  private String contentType;
  private Duration timeout;
  private Integer maxRetries;

  RestRequest(RestClient client, String method, PatchType patchType) {
    this.client = Objects.requireNonNull(client, "client");
    this.method = Objects.requireNonNull(method, "method");
    this.patchType = patchType;
  }

  /** The API group and version: {@code /api/v1} for the core group, {@code /apis/g/v} otherwise. */
  public RestRequest groupVersion(GroupVersion groupVersion) {
    Objects.requireNonNull(groupVersion, "groupVersion");
    if (absPath != null) {
      throw new IllegalStateException("absPath already set to " + String.join("/", absPath)
          + ", cannot also set groupVersion " + groupVersion);
    }
    if (this.groupVersion != null && !this.groupVersion.equals(groupVersion)) {
      throw new IllegalStateException("groupVersion already set to " + this.groupVersion
          + ", cannot change to " + groupVersion);
    }
    this.groupVersion = groupVersion;
    return this;
  }

  /** The API group and version as an apiVersion: {@code v1} or {@code apps/v1}. */
  public RestRequest groupVersion(String apiVersion) {
    return groupVersion(GroupVersion.parse(apiVersion));
  }

  /**
   * A path below the server's base path instead of the group-version prefix, for discovery and
   * other non-resource paths ({@code "/apis"}, {@code "/version"}). Each argument may hold several
   * {@code /}-separated segments; each segment is percent-encoded.
   */
  public RestRequest absPath(String... segments) {
    Objects.requireNonNull(segments, "segments");
    if (groupVersion != null) {
      throw new IllegalStateException("groupVersion already set to " + groupVersion
          + ", cannot also set absPath");
    }
    List<String> parts = new ArrayList<>();
    for (String segment : segments) {
      Objects.requireNonNull(segment, "absPath segment");
      for (String part : segment.split("/")) {
        if (part.isEmpty()) {
          continue;
        }
        if (part.equals(".") || part.equals("..")) {
          throw new IllegalArgumentException("invalid absPath " + String.join("/", segments)
              + ": may not contain '" + part + "' segments");
        }
        parts.add(part);
      }
    }
    this.absPath = List.copyOf(parts);
    return this;
  }

  /**
   * The namespace; empty means all namespaces (only for lists, watches and collection deletes).
   */
  public RestRequest namespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace (use \"\" for all namespaces)");
    if (namespaceSet) {
      throw new IllegalStateException("namespace already set to \"" + this.namespace
          + "\", cannot change to \"" + namespace + "\"");
    }
    if (!namespace.isEmpty()) {
      checkPathSegment("namespace", namespace);
    } else if (method.equals("POST")) {
      throw new IllegalArgumentException("an empty namespace may not be set during a POST request");
    }
    this.namespace = namespace;
    this.namespaceSet = true;
    return this;
  }

  /** The resource: the lower-case plural, such as {@code configmaps}. */
  public RestRequest resource(String resource) {
    Objects.requireNonNull(resource, "resource");
    if (this.resource != null) {
      throw new IllegalStateException("resource already set to \"" + this.resource
          + "\", cannot change to \"" + resource + "\"");
    }
    if (resource.isEmpty()) {
      throw new IllegalArgumentException("resource may not be empty");
    }
    checkPathSegment("resource", resource);
    this.resource = resource;
    return this;
  }

  /** The object's name. */
  public RestRequest name(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("resource name may not be empty");
    }
    if (this.name != null) {
      throw new IllegalStateException("resource name already set to \"" + this.name
          + "\", cannot change to \"" + name + "\"");
    }
    checkPathSegment("resource name", name);
    this.name = name;
    return this;
  }

  /** A subresource such as {@code status} or {@code scale}; several segments are allowed. */
  public RestRequest subresource(String... subresources) {
    Objects.requireNonNull(subresources, "subresources");
    if (subresources.length == 0) {
      return this;
    }
    if (this.subresource != null) {
      throw new IllegalStateException("subresource already set to \""
          + String.join("/", this.subresource) + "\", cannot change to \""
          + String.join("/", subresources) + "\"");
    }
    for (String s : subresources) {
      Objects.requireNonNull(s, "subresource");
      if (s.isEmpty()) {
        throw new IllegalArgumentException("subresource may not be empty");
      }
      checkPathSegment("subresource", s);
    }
    this.subresource = List.of(subresources);
    return this;
  }

  /** Adds a query parameter; repeat the name for several values. */
  public RestRequest param(String name, String value) {
    Objects.requireNonNull(name, "param name");
    Objects.requireNonNull(value, () -> "value of param " + name);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("param name may not be empty");
    }
    if (name.equals("timeout")) {
      throw new IllegalArgumentException("set the timeout with timeout(Duration), not as a param");
    }
    params.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
    return this;
  }

  /** Adds every entry as a query parameter, in the map's order. */
  public RestRequest params(Map<String, String> params) {
    Objects.requireNonNull(params, "params");
    params.forEach(this::param);
    return this;
  }

  /** Adds a header to this request only (after the config's headers). */
  public RestRequest header(String name, String value) {
    Objects.requireNonNull(name, "header name");
    Objects.requireNonNull(value, () -> "value of header " + name);
    headers.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
    return this;
  }

  /** The body: an object, written as JSON with the client's codec. */
  public RestRequest body(Object body) {
    Objects.requireNonNull(body, "body");
    if (body instanceof byte[] bytes) {
      return body(bytes);
    }
    if (body instanceof String text) {
      return body(text);
    }
    try {
      this.body = client.codec().write(body);
    } catch (JsonException e) {
      throw new IllegalArgumentException("cannot encode the body of " + this + ": " + e.getMessage(), e);
    }
    return this;
  }

  /** The body as bytes, sent as they are. */
  public RestRequest body(byte[] body) {
    this.body = Objects.requireNonNull(body, "body").clone();
    return this;
  }

  /** The body as text (JSON, or YAML for apply), sent as UTF-8; never a file name. */
  public RestRequest body(String body) {
    this.body = Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /**
   * The Content-Type of the body; by default the patch type's for PATCH, else
   * {@code application/json}.
   */
  public RestRequest contentType(String contentType) {
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    return this;
  }

  /**
   * How long to wait for the response; also sent to the server as {@code ?timeout=} (as client-go
   * does), except for watches, which have no request timeout. Without it the config's
   * {@code requestTimeout} applies, on the client side only.
   */
  public RestRequest timeout(Duration timeout) {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /** Overrides the config's {@code maxRetries} for this request; 0 disables retries. */
  public RestRequest maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
    }
    this.maxRetries = maxRetries;
    return this;
  }

  /**
   * Sends the request and decodes a 2xx body as {@code type}: {@code Void} ignores the body,
   * {@code String} and {@code byte[]} return it undecoded; a 204 or an empty body for {@code Void}
   * gives null.
   *
   * @throws ApiException for any non-2xx answer, an undecodable body, or no answer at all
   */
  public <R> R execute(Class<R> type) {
    Objects.requireNonNull(type, "type");
    return client.execute(this, type);
  }

  /**
   * Sends the request and returns the 2xx response undecoded.
   *
   * @throws ApiException for any non-2xx answer or no answer at all
   */
  public RawResponse executeRaw() {
    return client.send(this);
  }

  /**
   * Opens a watch: a GET with {@code watch=true} over the config's watch transport, without
   * request timeout and without rate limiting (as client-go). Events decode to {@code type}.
   */
  public <T> Watch<T> watch(Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (!method.equals("GET")) {
      throw new IllegalStateException("a watch is a GET request, not " + method);
    }
    return client.watch(this, type);
  }

  // ---- used by RestClient ----

  String method() {
    return method;
  }

  PatchType patchType() {
    return patchType;
  }

  byte[] bodyBytes() {
    return body;
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  Duration timeout() {
    return timeout;
  }

  Integer maxRetries() {
    return maxRetries;
  }

  String effectiveContentType() {
    if (contentType != null) {
      return contentType;
    }
    return patchType != null ? patchType.contentType() : "application/json";
  }

  /** Checks what client-go checks before sending; fails with IllegalStateException. */
  void preflight() {
    if (groupVersion == null && absPath == null) {
      throw new IllegalStateException(this + ": set groupVersion(...) or absPath(...)");
    }
    if (resource == null && (name != null || subresource != null || namespaceSet)) {
      throw new IllegalStateException(this + ": a namespace, name or subresource needs a resource");
    }
    if (namespaceSet && namespace.isEmpty() && name != null
        && (method.equals("GET") || method.equals("PUT") || method.equals("DELETE")
            || method.equals("PATCH"))) {
      throw new IllegalStateException("an empty namespace may not be set during a " + method
          + " request of a named object");
    }
    if (method.equals("PATCH") && body == null) {
      throw new IllegalStateException(this + ": a PATCH needs a body");
    }
    if (patchType == PatchType.APPLY && !params.containsKey("fieldManager")) {
      throw new IllegalStateException(this + ": server-side apply needs a fieldManager param");
    }
  }

  /** The percent-encoded path below the server's base path. */
  String path() {
    StringBuilder p = new StringBuilder();
    if (absPath != null) {
      absPath.forEach(s -> p.append('/').append(UrlEncoding.pathSegment(s)));
    } else if (groupVersion != null) {
      if (groupVersion.isCore()) {
        p.append("/api");
      } else {
        p.append("/apis/").append(UrlEncoding.pathSegment(groupVersion.group()));
      }
      p.append('/').append(UrlEncoding.pathSegment(groupVersion.version()));
    }
    if (namespaceSet && !namespace.isEmpty()) {
      p.append("/namespaces/").append(UrlEncoding.pathSegment(namespace));
    }
    if (resource != null) {
      p.append('/').append(UrlEncoding.pathSegment(resource));
    }
    if (name != null) {
      p.append('/').append(UrlEncoding.pathSegment(name));
    }
    if (subresource != null) {
      subresource.forEach(s -> p.append('/').append(UrlEncoding.pathSegment(s)));
    }
    return p.length() == 0 ? "/" : p.toString();
  }

  /** The full URI: server, path, and the query (with {@code timeout}, or {@code watch=true}). */
  URI uri(String serverBase, boolean watch) {
    StringBuilder q = new StringBuilder();
    params.forEach((k, values) -> {
      if (watch && k.equals("watch")) {
        return;
      }
      values.forEach(v -> appendParam(q, k, v));
    });
    if (watch) {
      appendParam(q, "watch", "true");
    } else if (timeout != null) {
      appendParam(q, "timeout", goDuration(timeout));
    }
    String uri = serverBase + path() + (q.length() == 0 ? "" : "?" + q);
    return URI.create(uri);
  }

  private static void appendParam(StringBuilder q, String name, String value) {
    if (q.length() > 0) {
      q.append('&');
    }
    q.append(UrlEncoding.queryComponent(name)).append('=').append(UrlEncoding.queryComponent(value));
  }

  /** A duration as Go's {@code time.ParseDuration} reads it: {@code 30s}, or {@code 1500ms}. */
  static String goDuration(Duration d) {
    long millis = d.toMillis();
    if (millis == 0) {
      return Math.max(1, d.toNanos()) + "ns";
    }
    return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
  }

  private static void checkPathSegment(String what, String value) {
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException("invalid " + what + " \"" + value + "\": may not be '"
          + value + "'");
    }
    if (value.indexOf('/') >= 0) {
      throw new IllegalArgumentException("invalid " + what + " \"" + value + "\": may not contain '/'");
    }
    if (value.indexOf('%') >= 0) {
      throw new IllegalArgumentException("invalid " + what + " \"" + value + "\": may not contain '%'");
    }
  }

  /** The method and path, never the query, headers or body. */
  @Override
  public String toString() {
    String p;
    try {
      p = path();
    } catch (RuntimeException e) {
      p = "(invalid path)";
    }
    return method + " " + p;
  }
}
