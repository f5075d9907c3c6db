package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.FieldSelector;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.JsonValues;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.LabelSelector;
import io.kubegen.runtime.api.ListMeta;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.ScaleSpec;
import io.kubegen.runtime.api.ScaleStatus;
import io.kubegen.runtime.api.Time;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.StatusReason;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupKind;
import io.kubegen.runtime.scheme.GroupVersionKind;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.JsonCodec;
import io.kubegen.runtime.scheme.JsonException;
import io.kubegen.runtime.scheme.ResourceMapping;
import io.kubegen.runtime.scheme.Scheme;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * An in-memory API server for one process: objects per resource, namespace and name, with the
 * API server's rules for the parts controllers depend on, and none of the gaps of client-go's
 * {@code ObjectTracker}. What it does:
 *
 * <ul>
 *   <li>Objects are stored as JSON values (maps) and every call takes and hands out copies: a
 *       caller never shares state with the tracker. Any class with the resource's JSON shape
 *       goes in; {@link GenericKubernetesObject}s come out (the fake client converts them).
 *   <li>One global resourceVersion counter, incremented by every write, as etcd's revision.
 *       create sets uid, creationTimestamp, resourceVersion and generation 1; {@code
 *       generateName} gets 5 random characters from the API server's alphabet.
 *   <li>update and patch fail with a 409 Conflict when the object carries a resourceVersion that
 *       is not the stored one (empty means unconditional); an update that changes nothing
 *       writes nothing (no new resourceVersion, no event), as the API server does; generation
 *       grows when anything outside metadata and status changes.
 *   <li>updateStatus replaces only {@code status}; for resources registered with {@link
 *       Builder#statusSubresource}, update and patch leave {@code status} alone, as for a
 *       resource with a status subresource.
 *   <li>delete honours uid and resourceVersion preconditions, and finalizers: an object with
 *       finalizers only gets a deletionTimestamp, and goes when an update removes the last one.
 *       deleteCollection deletes what the selectors select.
 *   <li>list filters by label selector and by field selector ({@code metadata.name}, {@code
 *       metadata.namespace}, and for convenience any other dotted path to a scalar), pages with
 *       limit/continue, and carries the current resourceVersion.
 *   <li>watch delivers changes after it starts; from resourceVersion {@code n} it first replays
 *       the recorded changes above {@code n}, so a list-then-watch loses nothing; {@code "0"} or
 *       {@code sendInitialEvents} start with synthetic ADDED events of the current state. A
 *       resourceVersion older than the retained history ({@link Builder#historyLimit}) gets an
 *       ERROR event with 410 Expired, as from etcd after compaction. An object that stops (or
 *       starts) matching the selectors is DELETED (or ADDED) for that watcher. Each watcher has
 *       an unbounded queue: writers never block and no event is dropped.
 *   <li>patch: JSON patch (RFC 6902, {@code test} included), merge patch (RFC 7386). Strategic
 *       merge patch is applied as a merge patch (lists are replaced, not merged by key, and
 *       {@code $patch} directives are not understood).
 *   <li>apply (a {@link PatchType#APPLY} patch, JSON only): creates the object if absent, else
 *       merges the applied fields into it as a merge patch. There is no field management: no
 *       managedFields, no conflicts between managers, and fields a manager stops applying are
 *       not removed.
 * </ul>
 *
 * <p>Not modelled: validation and defaulting, dryRun, admission, garbage collection of
 * dependents, list resourceVersion semantics (a list always reads the latest state), watch
 * timeouts and bookmarks other than the initial-events one. Resources are keyed by
 * group, version and resource: two versions of one group do not share objects.
 *
 * <p>Thread-safe: every call is atomic with respect to the others.
 */
public final class ObjectTracker {
  private static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";
  private static final int GENERATED_SUFFIX_LENGTH = 5;
  private static final int MAX_GENERATED_BASE_LENGTH = 63 - GENERATED_SUFFIX_LENGTH;
  static final String INITIAL_EVENTS_END = "k8s.io/initial-events-end";

  private final Scheme scheme;
  private final JsonCodec codec;
  private final Clock clock;
  private final RandomGenerator random;
  private final int historyLimit;
  private final Set<GroupVersionResource> statusSubresources;

  private final Object lock = new Object();
  private final Map<GroupVersionResource, NavigableMap<Key, Map<String, Object>>> store = new HashMap<>();
  private final ArrayDeque<Change> history = new ArrayDeque<>();
  private final List<Watcher> watchers = new ArrayList<>();
  private long resourceVersion;
  private long compactedThrough;

  /** A tracker without a scheme, the system clock and a history of 10,000 changes. */
  public ObjectTracker() {
    this(builder());
  }

  private ObjectTracker(Builder b) {
    this.scheme = b.scheme;
    this.codec = b.codec;
    this.clock = b.clock;
    this.random = b.random;
    this.historyLimit = b.historyLimit;
    this.statusSubresources = Set.copyOf(b.statusSubresources);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ObjectTracker}. */
  public static final class Builder {
    private Scheme scheme;
    private JsonCodec codec = JsonCodec.shared();
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = RandomGenerator.getDefault();
    private int historyLimit = 10_000;
    private final Set<GroupVersionResource> statusSubresources = new HashSet<>();

    private Builder() {}

    /**
     * The scheme that maps kinds to resources (for {@link #add}), and resources to kinds (to
     * fill in a missing apiVersion and kind, and a list's kind). Without one, resources are
     * guessed from kinds by English pluralisation.
     */
    public Builder scheme(Scheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme");
      return this;
    }

    public Builder codec(JsonCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /** The clock of creation and deletion timestamps. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of uids and generated names (seed it for repeatable names). */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** How many changes are kept for watch replay; older resourceVersions get 410 Expired. */
    public Builder historyLimit(int historyLimit) {
      if (historyLimit < 1) {
        throw new IllegalArgumentException("historyLimit must be at least 1, was " + historyLimit);
      }
      this.historyLimit = historyLimit;
      return this;
    }

    /** Resources with a status subresource: their update and patch leave status unchanged. */
    public Builder statusSubresource(GroupVersionResource... resources) {
      for (GroupVersionResource r : resources) {
        statusSubresources.add(Objects.requireNonNull(r, "resource"));
      }
      return this;
    }

    public ObjectTracker build() {
      return new ObjectTracker(this);
    }
  }

  private record Key(String namespace, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = namespace.compareTo(o.namespace);
      return c != 0 ? c : name.compareTo(o.name);
    }
  }

  /** One recorded write: the object after it (for DELETED: its last state) and before it. */
  private record Change(long rv, GroupVersionResource resource, String namespace, WatchEvent.Type type,
      Map<String, Object> object, Map<String, Object> previous) {}

  // ---- reads ----

  /** The current resourceVersion: that of the latest write, {@code "0"} before any. */
  public String resourceVersion() {
    synchronized (lock) {
      return Long.toString(resourceVersion);
    }
  }

  /** A copy of the object; 404 NotFound if there is none. */
  public GenericKubernetesObject get(GroupVersionResource resource, String namespace, String name) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(name, "name");
    synchronized (lock) {
      return toObject(existing(resource, ns(namespace), name));
    }
  }

  /**
   * The objects of a resource in a namespace ({@code ""} or null: all namespaces), by namespace
   * and name, filtered by the options' selectors and paged by limit and continue.
   */
  public GenericKubernetesList list(GroupVersionResource resource, String namespace, ListOptions options) {
    Objects.requireNonNull(resource, "resource");
    ListOptions opts = options == null ? ListOptions.none() : options;
    Selection selection = Selection.of(opts);
    synchronized (lock) {
      List<Map<String, Object>> selected = select(resource, ns(namespace), selection);
      int from = 0;
      if (opts.continueToken() != null && !opts.continueToken().isEmpty()) {
        Key after = decodeContinue(opts.continueToken());
        while (from < selected.size() && keyOf(selected.get(from)).compareTo(after) <= 0) {
          from++;
        }
      }
      int to = selected.size();
      if (opts.limit() != null && opts.limit() > 0) {
        to = (int) Math.min(selected.size(), from + opts.limit());
      }
      GenericKubernetesList list = new GenericKubernetesList();
      GroupVersionKind listKind = listKindOf(resource, selected);
      list.setApiVersion(listKind.apiVersion());
      list.setKind(listKind.kind().isEmpty() ? null : listKind.kind());
      ListMeta meta = new ListMeta();
      meta.setResourceVersion(Long.toString(resourceVersion));
      if (to < selected.size()) {
        meta.setContinue(encodeContinue(keyOf(selected.get(to - 1))));
        meta.setRemainingItemCount((long) (selected.size() - to));
      }
      list.setMetadata(meta);
      List<GenericKubernetesObject> items = new ArrayList<>(to - from);
      for (Map<String, Object> o : selected.subList(from, to)) {
        items.add(toObject(o));
      }
      list.setItems(items);
      return list;
    }
  }

  /**
   * Watches a resource in a namespace ({@code ""} or null: all namespaces) with the options'
   * selectors, from their resourceVersion (see the class comment). The returned watch is
   * closed by the caller, from any thread.
   */
  public Watch<GenericKubernetesObject> watch(GroupVersionResource resource, String namespace, ListOptions options) {
    Objects.requireNonNull(resource, "resource");
    ListOptions opts = options == null ? ListOptions.none() : options;
    Selection selection = Selection.of(opts);
    String from = opts.resourceVersion() == null ? "" : opts.resourceVersion();
    long fromRv = -1;
    if (!from.isEmpty() && !from.equals("0")) {
      fromRv = parseResourceVersion(from);
    }
    synchronized (lock) {
      Watcher watcher = new Watcher(resource, namespace == null || namespace.isEmpty() ? null : namespace, selection);
      boolean initialEvents = Boolean.TRUE.equals(opts.sendInitialEvents()) || from.equals("0");
      if (fromRv >= 0 && fromRv < compactedThrough && !Boolean.TRUE.equals(opts.sendInitialEvents())) {
        watcher.watch.error(StatusErrors.statusOf(StatusErrors.expired(
            "too old resource version: " + fromRv + " (" + (compactedThrough + 1) + ")")));
        watcher.watch.stop();
        return watcher.watch;
      }
      if (initialEvents) {
        for (Map<String, Object> o : select(resource, watcher.namespace == null ? "" : watcher.namespace, selection)) {
          watcher.watch.add(toObject(o));
        }
        if (Boolean.TRUE.equals(opts.sendInitialEvents()) && Boolean.TRUE.equals(opts.allowWatchBookmarks())) {
          GenericKubernetesObject bookmark = new GenericKubernetesObject();
          bookmark.setMetadata(new ObjectMeta()
              .withResourceVersion(Long.toString(resourceVersion))
              .withAnnotations(Map.of(INITIAL_EVENTS_END, "true")));
          watcher.watch.send(WatchEvent.of(WatchEvent.Type.BOOKMARK, bookmark));
        }
      } else if (fromRv >= 0) {
        for (Change c : history) {
          if (c.rv > fromRv) {
            watcher.offer(c);
          }
        }
      }
      watchers.add(watcher);
      return watcher.watch;
    }
  }

  /** How many watches are open; for tests that check a watch was closed. */
  public int watcherCount() {
    synchronized (lock) {
      return watchers.size();
    }
  }

  // ---- writes ----

  /**
   * Seeds objects, as client-go's tracker {@code Add}: each object is created, or replaces the
   * stored one of that name. The resource comes from the object's apiVersion and kind (the
   * scheme's mapping, else a guessed plural); lists ({@code items}) are expanded. A uid and
   * creationTimestamp given are kept; the resourceVersion is always the tracker's.
   */
  public void add(Object... objects) {
    for (Object object : objects) {
      Map<String, Object> json = toMap(Objects.requireNonNull(object, "object"), null);
      if (json.get("items") instanceof List<?> items) {
        String apiVersion = string(json, "apiVersion");
        String listKind = string(json, "kind");
        String itemKind = listKind != null && listKind.endsWith("List")
            ? listKind.substring(0, listKind.length() - "List".length()) : null;
        for (Object item : items) {
          if (!(item instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("list " + listKind + " has an item that is not an object");
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> itemJson = (Map<String, Object>) item;
          itemJson.putIfAbsent("apiVersion", apiVersion);
          itemJson.putIfAbsent("kind", itemKind);
          addJson(resourceOf(itemJson), itemJson);
        }
      } else {
        addJson(resourceOf(json), json);
      }
    }
  }

  /** Seeds one object into a resource named explicitly (when its kind does not say it). */
  public void add(GroupVersionResource resource, Object object) {
    addJson(Objects.requireNonNull(resource, "resource"), toMap(Objects.requireNonNull(object, "object"), resource));
  }

  private void addJson(GroupVersionResource resource, Map<String, Object> json) {
    synchronized (lock) {
      Map<String, Object> meta = metadata(json);
      String namespace = ns(string(meta, "namespace"));
      String name = nameForCreate(resource, json, namespace);
      Map<String, Object> old = bucket(resource).get(new Key(namespace, name));
      meta.putIfAbsent("uid", newUid());
      meta.putIfAbsent("creationTimestamp", now());
      meta.putIfAbsent("generation", 1L);
      meta.put("resourceVersion", Long.toString(++resourceVersion));
      commit(resource, namespace, name, json, old, old == null ? WatchEvent.Type.ADDED : WatchEvent.Type.MODIFIED);
    }
  }

  /**
   * Creates an object in {@code namespace} ({@code ""} for a cluster-scoped resource): 409
   * AlreadyExists if the name is taken, 400 BadRequest if the object names another namespace,
   * 422 Invalid without a name or generateName.
   */
  public GenericKubernetesObject create(GroupVersionResource resource, Object object, String namespace) {
    Objects.requireNonNull(resource, "resource");
    Map<String, Object> json = toMap(Objects.requireNonNull(object, "object"), resource);
    String ns = ns(namespace);
    synchronized (lock) {
      return toObject(createJson(resource, json, ns));
    }
  }

  private Map<String, Object> createJson(GroupVersionResource resource, Map<String, Object> json, String ns) {
    Map<String, Object> meta = metadata(json);
    bindNamespace(meta, ns);
    String name = nameForCreate(resource, json, ns);
    if (bucket(resource).containsKey(new Key(ns, name))) {
      throw StatusErrors.alreadyExists(resource.groupResource(), name);
    }
    meta.put("uid", newUid());
    meta.put("creationTimestamp", now());
    meta.put("generation", 1L);
    meta.remove("deletionTimestamp");
    meta.remove("deletionGracePeriodSeconds");
    meta.put("resourceVersion", Long.toString(++resourceVersion));
    commit(resource, ns, name, json, null, WatchEvent.Type.ADDED);
    return json;
  }

  /**
   * Replaces the object named by its metadata: 404 NotFound if absent, 409 Conflict if it carries
   * a resourceVersion other than the stored one. uid, creationTimestamp and deletionTimestamp
   * stay the stored ones.
   */
  public GenericKubernetesObject update(GroupVersionResource resource, Object object, String namespace) {
    return replace(resource, object, namespace, false);
  }

  /** Replaces only the status of the object named by its metadata; other fields are ignored. */
  public GenericKubernetesObject updateStatus(GroupVersionResource resource, Object object, String namespace) {
    return replace(resource, object, namespace, true);
  }

  private GenericKubernetesObject replace(GroupVersionResource resource, Object object, String namespace,
      boolean statusOnly) {
    Objects.requireNonNull(resource, "resource");
    Map<String, Object> json = toMap(Objects.requireNonNull(object, "object"), resource);
    String ns = ns(namespace);
    synchronized (lock) {
      Map<String, Object> meta = metadata(json);
      bindNamespace(meta, ns);
      String name = string(meta, "name");
      if (name == null || name.isEmpty()) {
        throw StatusErrors.invalid(groupKind(resource, json), "", "metadata.name", "Required value", "name is required");
      }
      Map<String, Object> old = existing(resource, ns, name);
      checkResourceVersion(resource, name, string(meta, "resourceVersion"), old);
      Map<String, Object> candidate;
      if (statusOnly) {
        candidate = copy(old);
        setOrRemove(candidate, "status", json.get("status"));
      } else {
        candidate = json;
      }
      return toObject(update(resource, ns, name, old, candidate, statusOnly ? "status" : ""));
    }
  }

  /**
   * Patches the object, or its {@code status} subresource. An {@link PatchType#APPLY} patch (JSON)
   * creates the object when it is absent; the other types answer 404 NotFound then. A patch
   * that does not parse is a 400 BadRequest, a JSON patch that fails (a {@code test} included)
   * a 422 Invalid, and a patch that sets a stale resourceVersion a 409 Conflict.
   */
  public GenericKubernetesObject patch(GroupVersionResource resource, String namespace, String name,
      PatchType type, String patch, String subresource) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(patch, "patch");
    String sub = subresource == null ? "" : subresource;
    if (!sub.isEmpty() && !sub.equals("status")) {
      throw StatusErrors.resourceNotFound();
    }
    Object patchJson = parsePatch(patch, type);
    String ns = ns(namespace);
    synchronized (lock) {
      Map<String, Object> old = bucket(resource).get(new Key(ns, name));
      if (old == null) {
        if (type != PatchType.APPLY || sub.equals("status")) {
          throw StatusErrors.notFound(resource.groupResource(), name);
        }
        Map<String, Object> json = asObject(patchJson);
        fillKind(resource, json);
        Map<String, Object> meta = metadata(json);
        if (meta.get("name") != null && !name.equals(meta.get("name"))) {
          throw nameMismatch(string(meta, "name"), name);
        }
        meta.put("name", name);
        meta.remove("generateName");
        return toObject(createJson(resource, json, ns));
      }
      Map<String, Object> patched;
      try {
        patched = switch (type) {
          case JSON -> asObject(JsonPatches.jsonPatch(old, patchJson));
          case MERGE, STRATEGIC_MERGE, APPLY -> asObject(JsonPatches.mergePatch(old, asObject(patchJson)));
        };
      } catch (JsonPatches.PatchException e) {
        throw e.malformed
            ? StatusErrors.badRequest(e.getMessage())
            : StatusErrors.of(StatusReason.INVALID, e.getMessage());
      }
      Map<String, Object> meta = metadata(patched);
      if (!name.equals(meta.get("name"))) {
        throw nameMismatch(String.valueOf(meta.get("name")), name);
      }
      if (!ns.equals(ns(string(meta, "namespace")))) {
        throw StatusErrors.badRequest("the namespace of the provided object does not match the namespace sent on the request");
      }
      checkResourceVersion(resource, name, string(meta, "resourceVersion"), old);
      if (sub.equals("status")) {
        Map<String, Object> candidate = copy(old);
        setOrRemove(candidate, "status", patched.get("status"));
        patched = candidate;
      }
      return toObject(update(resource, ns, name, old, patched, sub));
    }
  }

  /**
   * Deletes the object: 404 NotFound if absent, 409 Conflict if a precondition fails. An object
   * with finalizers is only marked (deletionTimestamp) until an update removes them.
   */
  public void delete(GroupVersionResource resource, String namespace, String name, DeleteOptions options) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(name, "name");
    String ns = ns(namespace);
    synchronized (lock) {
      Map<String, Object> old = existing(resource, ns, name);
      DeleteOptions.Preconditions pre = options == null ? null : options.preconditions();
      if (pre != null) {
        Map<String, Object> meta = metadata(old);
        if (pre.uid() != null && !pre.uid().equals(meta.get("uid"))) {
          throw StatusErrors.conflict(resource.groupResource(), name, "Precondition failed: UID in precondition: "
              + pre.uid() + ", UID in object meta: " + stringOrEmpty(meta, "uid"));
        }
        if (pre.resourceVersion() != null && !pre.resourceVersion().equals(meta.get("resourceVersion"))) {
          throw StatusErrors.conflict(resource.groupResource(), name,
              "Precondition failed: ResourceVersion in precondition: " + pre.resourceVersion()
                  + ", ResourceVersion in object meta: " + stringOrEmpty(meta, "resourceVersion"));
        }
      }
      deleteLocked(resource, ns, name, old);
    }
  }

  /**
   * Deletes every object the list options select in the namespace ({@code ""} or null: all
   * namespaces); objects with finalizers are marked, as by {@link #delete}.
   */
  public void deleteCollection(GroupVersionResource resource, String namespace, DeleteOptions options,
      ListOptions listOptions) {
    Objects.requireNonNull(resource, "resource");
    Selection selection = Selection.of(listOptions == null ? ListOptions.none() : listOptions);
    synchronized (lock) {
      for (Map<String, Object> o : select(resource, ns(namespace), selection)) {
        Key key = keyOf(o);
        deleteLocked(resource, key.namespace, key.name, o);
      }
    }
  }

  /** The scale of an object, from its {@code spec.replicas}, {@code status.replicas} and selector. */
  public Scale getScale(GroupVersionResource resource, String namespace, String name) {
    Objects.requireNonNull(resource, "resource");
    synchronized (lock) {
      return scaleOf(existing(resource, ns(namespace), name));
    }
  }

  /** Sets {@code spec.replicas}; 409 Conflict if the scale carries a stale resourceVersion. */
  public Scale updateScale(GroupVersionResource resource, String namespace, String name, Scale scale) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(scale, "scale");
    String ns = ns(namespace);
    synchronized (lock) {
      Map<String, Object> old = existing(resource, ns, name);
      String rv = scale.getMetadata() == null ? null : scale.getMetadata().getResourceVersion();
      checkResourceVersion(resource, name, rv, old);
      Map<String, Object> candidate = copy(old);
      @SuppressWarnings("unchecked")
      Map<String, Object> spec = candidate.get("spec") instanceof Map<?, ?> m
          ? (Map<String, Object>) m : new LinkedHashMap<>();
      candidate.put("spec", spec);
      Integer replicas = scale.getSpec() == null ? null : scale.getSpec().getReplicas();
      setOrRemove(spec, "replicas", replicas);
      return scaleOf(update(resource, ns, name, old, candidate, "scale"));
    }
  }

  // ---- internals (all called with the lock held) ----

  private Map<String, Object> update(GroupVersionResource resource, String ns, String name,
      Map<String, Object> old, Map<String, Object> candidate, String subresource) {
    Map<String, Object> meta = metadata(candidate);
    Map<String, Object> oldMeta = metadata(old);
    for (String kept : List.of("uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds")) {
      setOrRemove(meta, kept, oldMeta.get(kept));
    }
    meta.put("name", name);
    if (!ns.isEmpty()) {
      meta.put("namespace", ns);
    }
    candidate.putIfAbsent("apiVersion", old.get("apiVersion"));
    candidate.putIfAbsent("kind", old.get("kind"));
    if (subresource.isEmpty() && statusSubresources.contains(resource)) {
      setOrRemove(candidate, "status", old.get("status"));
    }
    setOrRemove(meta, "generation", oldMeta.get("generation"));
    setOrRemove(meta, "resourceVersion", oldMeta.get("resourceVersion"));
    if (JsonPatches.jsonEquals(old, candidate)) {
      return old; // a no-op update writes nothing
    }
    if (specChanged(old, candidate)) {
      long generation = oldMeta.get("generation") instanceof Number n ? n.longValue() : 0L;
      meta.put("generation", generation + 1);
    }
    meta.put("resourceVersion", Long.toString(++resourceVersion));
    if (meta.get("deletionTimestamp") != null && isEmptyList(meta.get("finalizers"))) {
      // the last finalizer is gone: the deletion completes
      bucket(resource).remove(new Key(ns, name));
      record(resource, ns, WatchEvent.Type.DELETED, candidate, old);
      return candidate;
    }
    commit(resource, ns, name, candidate, old, WatchEvent.Type.MODIFIED);
    return candidate;
  }

  private void deleteLocked(GroupVersionResource resource, String ns, String name, Map<String, Object> old) {
    Map<String, Object> oldMeta = metadata(old);
    if (!isEmptyList(oldMeta.get("finalizers"))) {
      if (oldMeta.get("deletionTimestamp") == null) {
        Map<String, Object> marked = copy(old);
        Map<String, Object> meta = metadata(marked);
        meta.put("deletionTimestamp", now());
        meta.put("deletionGracePeriodSeconds", 0L);
        meta.put("resourceVersion", Long.toString(++resourceVersion));
        commit(resource, ns, name, marked, old, WatchEvent.Type.MODIFIED);
      }
      return;
    }
    bucket(resource).remove(new Key(ns, name));
    Map<String, Object> last = copy(old);
    // as etcd reports it: the deleted object carries the revision of its deletion
    metadata(last).put("resourceVersion", Long.toString(++resourceVersion));
    record(resource, ns, WatchEvent.Type.DELETED, last, old);
  }

  private void commit(GroupVersionResource resource, String ns, String name, Map<String, Object> json,
      Map<String, Object> old, WatchEvent.Type type) {
    bucket(resource).put(new Key(ns, name), json);
    record(resource, ns, type, json, old);
  }

  private void record(GroupVersionResource resource, String ns, WatchEvent.Type type, Map<String, Object> json,
      Map<String, Object> old) {
    Change change = new Change(resourceVersion, resource, ns, type, json, old);
    history.addLast(change);
    while (history.size() > historyLimit) {
      compactedThrough = history.removeFirst().rv;
    }
    for (Watcher w : watchers) {
      w.offer(change);
    }
  }

  private static boolean specChanged(Map<String, Object> old, Map<String, Object> candidate) {
    Set<String> keys = new HashSet<>(old.keySet());
    keys.addAll(candidate.keySet());
    keys.removeAll(List.of("apiVersion", "kind", "metadata", "status"));
    for (String k : keys) {
      if (!JsonPatches.jsonEquals(old.get(k), candidate.get(k))) {
        return true;
      }
    }
    return false;
  }

  private void checkResourceVersion(GroupVersionResource resource, String name, String rv, Map<String, Object> old) {
    if (rv != null && !rv.isEmpty() && !rv.equals(metadata(old).get("resourceVersion"))) {
      throw StatusErrors.staleResourceVersion(resource.groupResource(), name);
    }
  }

  private String nameForCreate(GroupVersionResource resource, Map<String, Object> json, String ns) {
    Map<String, Object> meta = metadata(json);
    String name = string(meta, "name");
    if (name != null && !name.isEmpty()) {
      return name;
    }
    String base = string(meta, "generateName");
    if (base == null || base.isEmpty()) {
      throw StatusErrors.invalid(groupKind(resource, json), "", "metadata.name", "Required value",
          "name or generateName is required");
    }
    if (base.length() > MAX_GENERATED_BASE_LENGTH) {
      base = base.substring(0, MAX_GENERATED_BASE_LENGTH);
    }
    for (int attempt = 0; attempt < 16; attempt++) {
      StringBuilder candidate = new StringBuilder(base);
      for (int i = 0; i < GENERATED_SUFFIX_LENGTH; i++) {
        candidate.append(ALPHANUMS.charAt(random.nextInt(ALPHANUMS.length())));
      }
      if (!bucket(resource).containsKey(new Key(ns, candidate.toString()))) {
        meta.put("name", candidate.toString());
        return candidate.toString();
      }
    }
    throw StatusErrors.alreadyExists(resource.groupResource(), base);
  }

  private static void bindNamespace(Map<String, Object> meta, String ns) {
    String objectNs = ns(string(meta, "namespace"));
    if (!objectNs.isEmpty() && !objectNs.equals(ns)) {
      throw StatusErrors.badRequest("the namespace of the provided object does not match the namespace sent on the request");
    }
    if (!ns.isEmpty()) {
      meta.put("namespace", ns);
    }
  }

  private static ApiException nameMismatch(String objectName, String urlName) {
    return StatusErrors.badRequest("the name of the object (" + objectName + ") does not match the name on the URL ("
        + urlName + ")");
  }

  private Map<String, Object> existing(GroupVersionResource resource, String ns, String name) {
    Map<String, Object> o = bucket(resource).get(new Key(ns, name));
    if (o == null) {
      throw StatusErrors.notFound(resource.groupResource(), name);
    }
    return o;
  }

  private NavigableMap<Key, Map<String, Object>> bucket(GroupVersionResource resource) {
    return store.computeIfAbsent(resource, r -> new TreeMap<>());
  }

  private List<Map<String, Object>> select(GroupVersionResource resource, String ns, Selection selection) {
    NavigableMap<Key, Map<String, Object>> objects = bucket(resource);
    if (!ns.isEmpty()) {
      objects = objects.subMap(new Key(ns, ""), true, new Key(ns + "\0", ""), false);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> o : objects.values()) {
      if (selection.matches(o)) {
        out.add(o);
      }
    }
    return out;
  }

  private Scale scaleOf(Map<String, Object> json) {
    Map<String, Object> meta = metadata(json);
    Scale scale = new Scale();
    scale.setApiVersion("autoscaling/v1");
    scale.setKind("Scale");
    scale.setMetadata(new ObjectMeta()
        .withName(string(meta, "name"))
        .withNamespace(string(meta, "namespace"))
        .withUid(string(meta, "uid"))
        .withResourceVersion(string(meta, "resourceVersion"))
        .withCreationTimestamp(meta.get("creationTimestamp") instanceof String t ? Time.parse(t) : null));
    Object spec = json.get("spec");
    Object status = json.get("status");
    ScaleSpec scaleSpec = new ScaleSpec();
    if (spec instanceof Map<?, ?> s && s.get("replicas") instanceof Number n) {
      scaleSpec.setReplicas(n.intValue());
    }
    scale.setSpec(scaleSpec);
    ScaleStatus scaleStatus = new ScaleStatus();
    scaleStatus.setReplicas(status instanceof Map<?, ?> s && s.get("replicas") instanceof Number n ? n.intValue() : 0);
    if (status instanceof Map<?, ?> s && s.get("selector") instanceof String sel) {
      scaleStatus.setSelector(sel);
    } else if (spec instanceof Map<?, ?> s && s.get("selector") instanceof Map<?, ?> sel) {
      scaleStatus.setSelector(codec.convert(sel, LabelSelector.class).toSelectorString());
    }
    scale.setStatus(scaleStatus);
    return scale;
  }

  // ---- JSON helpers ----

  private Map<String, Object> toMap(Object object, GroupVersionResource resource) {
    byte[] bytes;
    try {
      if (scheme != null && object instanceof KubernetesObject ko
          && (isBlank(ko.getApiVersion()) || isBlank(ko.getKind())) && !scheme.kindsFor(object.getClass()).isEmpty()) {
        bytes = scheme.encode(object);
      } else {
        bytes = codec.write(object);
      }
      Map<String, Object> json = codec.readMap(bytes);
      if (resource != null) {
        fillKind(resource, json);
      }
      return json;
    } catch (JsonException | IllegalArgumentException e) {
      throw StatusErrors.badRequest("cannot write " + object.getClass().getName() + " as a JSON object: " + e.getMessage());
    }
  }

  private void fillKind(GroupVersionResource resource, Map<String, Object> json) {
    if (scheme != null && (isBlank(string(json, "apiVersion")) || isBlank(string(json, "kind")))) {
      scheme.kindFor(resource).ifPresent(gvk -> {
        if (isBlank(string(json, "apiVersion"))) {
          json.put("apiVersion", gvk.apiVersion());
        }
        if (isBlank(string(json, "kind"))) {
          json.put("kind", gvk.kind());
        }
      });
    }
  }

  private GroupVersionResource resourceOf(Map<String, Object> json) {
    String apiVersion = string(json, "apiVersion");
    String kind = string(json, "kind");
    if (isBlank(apiVersion) || isBlank(kind)) {
      throw new IllegalArgumentException("cannot add an object without apiVersion and kind: name it with "
          + "add(resource, object), or register its class in the tracker's scheme");
    }
    GroupVersionKind gvk = GroupVersionKind.of(apiVersion, kind);
    return scheme == null ? Resources.guess(gvk) : scheme.resourceFor(gvk).orElseGet(() -> Resources.guess(gvk));
  }

  private GroupKind groupKind(GroupVersionResource resource, Map<String, Object> json) {
    String kind = string(json, "kind");
    if (isBlank(kind) && scheme != null) {
      kind = scheme.kindFor(resource).map(GroupVersionKind::kind).orElse(null);
    }
    return new GroupKind(resource.group(), isBlank(kind) ? resource.resource() : kind);
  }

  private GroupVersionKind listKindOf(GroupVersionResource resource, List<Map<String, Object>> items) {
    if (scheme != null) {
      var mapping = scheme.resourceMapping(resource).map(ResourceMapping::listKind);
      if (mapping.isPresent()) {
        return mapping.get();
      }
    }
    String kind = items.isEmpty() ? null : string(items.get(0), "kind");
    return resource.groupVersion().withKind(isBlank(kind) ? "" : kind + "List");
  }

  private GenericKubernetesObject toObject(Map<String, Object> json) {
    return codec.convert(json, GenericKubernetesObject.class);
  }

  private Object parsePatch(String patch, PatchType type) {
    try {
      return codec.read(patch.getBytes(StandardCharsets.UTF_8), Object.class);
    } catch (JsonException e) {
      throw StatusErrors.badRequest("cannot parse the " + type + " patch: " + e.getMessage()
          + (type == PatchType.APPLY ? " (the fake accepts JSON apply patches only, not YAML)" : ""));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw StatusErrors.badRequest("the patch must give a JSON object, not " + (value == null ? "null" : value.getClass().getSimpleName()));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> metadata(Map<String, Object> json) {
    Object meta = json.get("metadata");
    if (meta instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    json.put("metadata", created);
    return created;
  }

  private static Key keyOf(Map<String, Object> json) {
    Map<String, Object> meta = metadata(json);
    return new Key(ns(string(meta, "namespace")), string(meta, "name"));
  }

  private static Map<String, Object> copy(Map<String, Object> json) {
    return JsonValues.deepCopy(json);
  }

  private static void setOrRemove(Map<String, Object> map, String key, Object value) {
    if (value == null) {
      map.remove(key);
    } else {
      map.put(key, JsonValues.deepCopy(value));
    }
  }

  static String string(Map<String, Object> map, String key) {
    return map.get(key) instanceof String s ? s : null;
  }

  private static String stringOrEmpty(Map<String, Object> map, String key) {
    String s = string(map, key);
    return s == null ? "" : s;
  }

  private static boolean isEmptyList(Object value) {
    return !(value instanceof List<?> l) || l.isEmpty();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isEmpty();
  }

  private static String ns(String namespace) {
    return namespace == null ? "" : namespace;
  }

  private String now() {
    return Time.of(clock.instant()).toString();
  }

  private String newUid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(most, least).toString();
  }

  private static long parseResourceVersion(String rv) {
    try {
      long n = Long.parseLong(rv);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw StatusErrors.badRequest("resourceVersion: Invalid value: \"" + rv + "\": must be a non-negative integer");
    }
  }

  private static String encodeContinue(Key key) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((key.namespace + "\0" + key.name).getBytes(StandardCharsets.UTF_8));
  }

  private static Key decodeContinue(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int zero = text.indexOf('\0');
      if (zero < 0) {
        throw new IllegalArgumentException("no separator");
      }
      return new Key(text.substring(0, zero), text.substring(zero + 1));
    } catch (IllegalArgumentException e) {
      throw StatusErrors.badRequest("continue key is not valid: " + e.getMessage());
    }
  }

  /** The label and field selectors of a list, watch or deleteCollection. */
  private record Selection(LabelSelector labels, FieldSelector fields) {

    static Selection of(ListOptions options) {
      LabelSelector labels = null;
      FieldSelector fields = null;
      try {
        if (options.labelSelector() != null && !options.labelSelector().isBlank()) {
          labels = LabelSelector.parse(options.labelSelector());
        }
      } catch (IllegalArgumentException e) {
        throw StatusErrors.badRequest("unable to parse requirement: " + e.getMessage());
      }
      try {
        if (options.fieldSelector() != null && !options.fieldSelector().isBlank()) {
          fields = FieldSelector.parse(options.fieldSelector());
        }
      } catch (IllegalArgumentException e) {
        throw StatusErrors.badRequest("invalid field selector: " + e.getMessage());
      }
      return new Selection(labels, fields);
    }

    boolean matches(Map<String, Object> json) {
      if (labels != null) {
        Map<String, String> objectLabels = new HashMap<>();
        if (metadata(json).get("labels") instanceof Map<?, ?> m) {
          m.forEach((k, v) -> objectLabels.put(String.valueOf(k), String.valueOf(v)));
        }
        if (!labels.matches(objectLabels)) {
          return false;
        }
      }
      if (fields != null) {
        Map<String, String> values = new HashMap<>();
        for (FieldSelector.Requirement r : fields.requirements()) {
          Object v = json;
          for (String part : r.field().split("\\.")) {
            v = v instanceof Map<?, ?> m ? m.get(part) : null;
          }
          if (v != null && !(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
            values.put(r.field(), String.valueOf(v));
          }
        }
        return fields.matches(values);
      }
      return true;
    }
  }

  /** One open watch: its filter and its queue. */
  private final class Watcher {
    final GroupVersionResource resource;
    final String namespace;
    final Selection selection;
    final FakeWatch<GenericKubernetesObject> watch;

    Watcher(GroupVersionResource resource, String namespace, Selection selection) {
      this.resource = resource;
      this.namespace = namespace;
      this.selection = selection;
      this.watch = new FakeWatch<>(this::remove);
    }

    private void remove() {
      synchronized (lock) {
        watchers.remove(this);
      }
    }

    /** Queues what this watcher sees of a change: an object entering or leaving the selection is ADDED or DELETED. */
    void offer(Change c) {
      if (!c.resource.equals(resource) || (namespace != null && !namespace.equals(c.namespace))) {
        return;
      }
      boolean now = selection.matches(c.object);
      boolean before = c.previous != null && selection.matches(c.previous);
      WatchEvent.Type type = switch (c.type) {
        case ADDED -> now ? WatchEvent.Type.ADDED : null;
        case MODIFIED -> now ? (before ? WatchEvent.Type.MODIFIED : WatchEvent.Type.ADDED)
            : (before ? WatchEvent.Type.DELETED : null);
        case DELETED -> now ? WatchEvent.Type.DELETED : null;
        default -> null;
      };
      if (type != null) {
        watch.send(WatchEvent.of(type, toObject(c.object)));
      }
    }
  }
}
