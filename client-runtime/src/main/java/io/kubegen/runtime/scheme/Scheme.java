package io.kubegen.runtime.scheme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which Java class holds which kind, and which resource serves which kind: apimachinery's {@code
 * runtime.Scheme} plus the small part of a REST mapper generated clients need, and the JSON codec
 * keyed on {@code apiVersion}/{@code kind}.
 *
 * <p>A class may be registered under several kinds (the same type served by two versions); a
 * kind maps to exactly one class, and registering it to another one fails with both names.
 * Unversioned kinds ({@code Status}) are recognised whatever group and version they arrive with.
 * Classes are registered as {@code Class<?>}: single objects ({@link KubernetesObject}), lists
 * ({@link KubernetesListObject}) and {@code Status} all have kinds.
 *
 * <p>Concurrency: every lookup, {@code decode} and {@code encode} may run from any number of
 * threads at once, also while another thread registers (registration is serialised and each
 * registration becomes visible atomically per kind). Register everything before sharing the
 * scheme to get a consistent view.
 */
public final class Scheme {
  private final Object writeLock = new Object();
  private final Map<GroupVersionKind, Class<?>> gvkToType = new ConcurrentHashMap<>();
  private final Map<Class<?>, List<GroupVersionKind>> typeToGvks = new ConcurrentHashMap<>();
  private final Map<String, Class<?>> unversionedKinds = new ConcurrentHashMap<>();
  private final Map<Class<?>, GroupVersionKind> unversionedTypes = new ConcurrentHashMap<>();
  private final Map<GroupVersionResource, ResourceMapping> resources = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, ResourceMapping> kindToResource = new ConcurrentHashMap<>();
  private final Map<Class<?>, Factory> factories = new ConcurrentHashMap<>();

  private final JsonCodec codec;
  private final ObjectMapper mapper;
  private final JsonFactory jsonFactory;

  /** An empty scheme using the shared {@link JsonCodec}. */
  public Scheme() {
    this(JsonCodec.shared());
  }

  public Scheme(JsonCodec codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.mapper = codec.copyOfMapper();
    this.jsonFactory = mapper.getFactory();
  }

  /** A new scheme with the runtime's meta types registered (see {@link MetaTypes}). */
  public static Scheme withMetaTypes() {
    return MetaTypes.addToScheme(new Scheme());
  }

  // ---- kinds ----

  /**
   * Registers {@code type} as the class of {@code gvk}. Registering the same pair again does
   * nothing; registering the kind to a different class is an {@link IllegalArgumentException}
   * naming both.
   */
  public Scheme addKnownType(GroupVersionKind gvk, Class<?> type) {
    Objects.requireNonNull(gvk, "gvk");
    checkRegistrable(type);
    if (gvk.version().isEmpty()) {
      throw new IllegalArgumentException("cannot register " + type.getName() + " as " + gvk
          + ": a version is required");
    }
    if (gvk.kind().isEmpty()) {
      throw new IllegalArgumentException("cannot register " + type.getName() + " with an empty kind in "
          + gvk.apiVersion());
    }
    synchronized (writeLock) {
      Class<?> old = gvkToType.get(gvk);
      if (old != null) {
        if (old != type) {
          throw new IllegalArgumentException("double registration of different types for " + gvk
              + ": old=" + old.getName() + ", new=" + type.getName());
        }
        return this;
      }
      List<GroupVersionKind> kinds = new ArrayList<>(typeToGvks.getOrDefault(type, List.of()));
      kinds.add(gvk);
      typeToGvks.put(type, List.copyOf(kinds));
      gvkToType.put(gvk, type);
    }
    return this;
  }

  /** Registers each class under {@code gv} with its simple name as the kind ({@code Deployment}). */
  public Scheme addKnownTypes(GroupVersion gv, Class<?>... types) {
    Objects.requireNonNull(gv, "gv");
    for (Class<?> type : types) {
      checkRegistrable(type);
      addKnownType(gv.withKind(type.getSimpleName()), type);
    }
    return this;
  }

  /**
   * Registers kinds that are the same in every group version, such as {@code Status}: each
   * class is a known type in {@code gv}, and its kind is recognised with any apiVersion. A kind
   * name may be unversioned for one class only.
   */
  public Scheme addUnversionedTypes(GroupVersion gv, Class<?>... types) {
    Objects.requireNonNull(gv, "gv");
    synchronized (writeLock) {
      for (Class<?> type : types) {
        checkRegistrable(type);
        GroupVersionKind gvk = gv.withKind(type.getSimpleName());
        Class<?> old = unversionedKinds.get(gvk.kind());
        if (old != null && old != type) {
          throw new IllegalArgumentException(old.getName() + " has already been registered as unversioned kind "
              + gvk.kind() + "; cannot register " + type.getName() + " under that kind too");
        }
        addKnownType(gvk, type);
        unversionedTypes.put(type, gvk);
        unversionedKinds.put(gvk.kind(), type);
      }
    }
    return this;
  }

  private static void checkRegistrable(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (type.isInterface() || type.isPrimitive() || type.isArray() || type.isEnum()
        || Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException("cannot register " + type.getName()
          + ": a kind needs a concrete class (not an interface, abstract class, enum, array or primitive)");
    }
  }

  /** The kinds {@code type} is registered under, in registration order; empty if none. */
  public List<GroupVersionKind> kindsFor(Class<?> type) {
    return typeToGvks.getOrDefault(Objects.requireNonNull(type, "type"), List.of());
  }

  /**
   * The kinds of an object: for {@link GenericKubernetesObject} and {@link GenericKubernetesList}
   * the apiVersion and kind they carry (empty if either is missing), for any other object the
   * kinds its class is registered under.
   */
  public List<GroupVersionKind> objectKinds(Object object) {
    Objects.requireNonNull(object, "object");
    if (object instanceof GenericKubernetesObject g) {
      return ownKind(g.getApiVersion(), g.getKind());
    }
    if (object instanceof GenericKubernetesList g) {
      return ownKind(g.getApiVersion(), g.getKind());
    }
    return kindsFor(object.getClass());
  }

  private static List<GroupVersionKind> ownKind(String apiVersion, String kind) {
    if (apiVersion == null || apiVersion.isEmpty() || kind == null || kind.isEmpty()) {
      return List.of();
    }
    return List.of(GroupVersionKind.of(apiVersion, kind));
  }

  /** Whether {@code type} was registered with {@link #addUnversionedTypes}. */
  public boolean isUnversioned(Class<?> type) {
    return unversionedTypes.containsKey(type);
  }

  /** The class of {@code gvk}: the one registered for it, else the unversioned class of that kind name. */
  public Optional<Class<?>> classFor(GroupVersionKind gvk) {
    Objects.requireNonNull(gvk, "gvk");
    Class<?> type = gvkToType.get(gvk);
    if (type == null) {
      type = unversionedKinds.get(gvk.kind());
    }
    return Optional.ofNullable(type);
  }

  /** Whether {@link #classFor} finds a class, i.e. the kind is registered or unversioned. */
  public boolean recognizes(GroupVersionKind gvk) {
    return classFor(gvk).isPresent();
  }

  /** The kinds registered in {@code gv}, by kind name. */
  public SortedMap<String, Class<?>> knownTypes(GroupVersion gv) {
    Objects.requireNonNull(gv, "gv");
    SortedMap<String, Class<?>> out = new TreeMap<>();
    gvkToType.forEach((gvk, type) -> {
      if (gvk.group().equals(gv.group()) && gvk.version().equals(gv.version())) {
        out.put(gvk.kind(), type);
      }
    });
    return Collections.unmodifiableSortedMap(out);
  }

  /** Every group version that has a registered kind, sorted by group then version. */
  public SortedSet<GroupVersion> groupVersions() {
    SortedSet<GroupVersion> out = new TreeSet<>(
        (a, b) -> a.group().equals(b.group()) ? a.version().compareTo(b.version()) : a.group().compareTo(b.group()));
    gvkToType.keySet().forEach(gvk -> out.add(gvk.groupVersion()));
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * A new, empty object of {@code gvk}'s class, made with its no-argument constructor, with
   * apiVersion and kind set (for an unversioned kind: the group version it was registered in).
   * {@link IllegalArgumentException} if the kind is not registered.
   */
  public Object newObject(GroupVersionKind gvk) {
    Class<?> type = classFor(gvk).orElseThrow(() -> notRegistered(gvk));
    GroupVersionKind typeMeta = gvkToType.get(gvk) == type ? gvk : unversionedTypes.getOrDefault(type, gvk);
    Factory factory = factories.computeIfAbsent(type, Factory::of);
    return factory.create(typeMeta);
  }

  /** {@link #newObject(GroupVersionKind)}, checked to be a {@code type}. */
  public <T> T newObject(GroupVersionKind gvk, Class<T> type) {
    Object o = newObject(gvk);
    if (!type.isInstance(o)) {
      throw new IllegalArgumentException(gvk + " is a " + o.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(o);
  }

  private IllegalArgumentException notRegistered(GroupVersionKind gvk) {
    SortedMap<String, Class<?>> known = knownTypes(gvk.groupVersion());
    String hint = known.isEmpty()
        ? "no kind is registered in " + gvk.apiVersion()
        : "kinds registered in " + gvk.apiVersion() + ": " + String.join(", ", known.keySet());
    return new IllegalArgumentException("no kind " + gvk + " is registered in the scheme (" + hint + ")");
  }

  // ---- resources ----

  /** Maps a resource to the kind it serves, with {@code <Kind>List} as its list kind. */
  public Scheme addResource(GroupVersionResource resource, GroupVersionKind kind, boolean namespaced) {
    Objects.requireNonNull(kind, "kind");
    return addResource(resource, kind, kind.groupVersion().withKind(kind.kind() + "List"), namespaced);
  }

  /**
   * Maps a resource to the kind it serves and the kind of its lists. Mapping the resource again
   * to the same values does nothing, to other values is an {@link IllegalArgumentException}. When
   * several resources serve one kind, {@link #resourceFor} answers the first mapped.
   */
  public Scheme addResource(GroupVersionResource resource, GroupVersionKind kind, GroupVersionKind listKind,
      boolean namespaced) {
    ResourceMapping mapping = new ResourceMapping(resource, kind, listKind, namespaced);
    if (resource.resource().isEmpty()) {
      throw new IllegalArgumentException("cannot map an empty resource name to " + kind);
    }
    synchronized (writeLock) {
      ResourceMapping old = resources.get(resource);
      if (old != null) {
        if (!old.equals(mapping)) {
          throw new IllegalArgumentException("resource " + resource + " is already mapped to " + old
              + "; cannot map it to " + mapping);
        }
        return this;
      }
      resources.put(resource, mapping);
      kindToResource.putIfAbsent(kind, mapping);
    }
    return this;
  }

  public Optional<ResourceMapping> resourceMapping(GroupVersionResource resource) {
    return Optional.ofNullable(resources.get(Objects.requireNonNull(resource, "resource")));
  }

  /** The kind a resource serves. */
  public Optional<GroupVersionKind> kindFor(GroupVersionResource resource) {
    return resourceMapping(resource).map(ResourceMapping::kind);
  }

  /** The resource that serves a kind. */
  public Optional<GroupVersionResource> resourceFor(GroupVersionKind kind) {
    return Optional.ofNullable(kindToResource.get(Objects.requireNonNull(kind, "kind"))).map(ResourceMapping::resource);
  }

  /** Whether a mapped resource is namespaced; {@link IllegalArgumentException} if it is not mapped. */
  public boolean isNamespaced(GroupVersionResource resource) {
    return resourceMapping(resource)
        .orElseThrow(() -> new IllegalArgumentException("resource " + resource + " is not mapped in the scheme"
            + " (mapped resources in " + resource.groupVersion() + ": " + resourcesIn(resource.groupVersion()) + ")"))
        .namespaced();
  }

  private String resourcesIn(GroupVersion gv) {
    String names = resources.keySet().stream()
        .filter(r -> r.groupVersion().equals(gv))
        .map(GroupVersionResource::resource)
        .sorted()
        .collect(Collectors.joining(", "));
    return names.isEmpty() ? "none" : names;
  }

  // ---- JSON ----

  /**
   * Reads one object, choosing its class from apiVersion and kind: the registered class, or
   * {@link GenericKubernetesObject} for a kind the scheme does not know. Use {@link
   * #decodeAny(byte[])} for lists and {@code Status}. Errors are {@link JsonException}s saying
   * what is missing or malformed.
   */
  public KubernetesObject decode(byte[] json) {
    Object o = decodeAny(json);
    if (o instanceof KubernetesObject ko) {
      return ko;
    }
    throw new JsonException("cannot decode as a single object: the JSON is a " + o.getClass().getSimpleName()
        + " (" + describe(o) + "); use decodeAny", null);
  }

  /** {@link #decodeAny(byte[])}, checked to be a {@code type}. */
  public <T> T decode(byte[] json, Class<T> type) {
    Object o = decodeAny(json);
    if (!type.isInstance(o)) {
      throw new JsonException("cannot decode as " + type.getName() + ": the JSON is " + describe(o)
          + ", which the scheme reads as " + o.getClass().getName(), null);
    }
    return type.cast(o);
  }

  /**
   * Reads any object with an apiVersion and kind: a registered class, {@link GenericKubernetesList}
   * for an unknown kind ending in {@code List} that has {@code items}, {@link
   * GenericKubernetesObject} for other unknown kinds. Unknown fields are ignored.
   */
  public Object decodeAny(byte[] json) {
    Objects.requireNonNull(json, "json");
    Header header = readHeader(json);
    if (header.apiVersion == null || header.apiVersion.isEmpty()) {
      throw new JsonException("cannot decode an object without \"apiVersion\""
          + (header.kind == null ? "" : " (kind " + header.kind + ")"), null);
    }
    if (header.kind == null || header.kind.isEmpty()) {
      throw new JsonException("cannot decode an object without \"kind\" (apiVersion " + header.apiVersion + ")", null);
    }
    GroupVersionKind gvk;
    try {
      gvk = GroupVersionKind.of(header.apiVersion, header.kind);
    } catch (IllegalArgumentException e) {
      throw new JsonException("cannot decode: " + e.getMessage(), e);
    }
    Class<?> type = classFor(gvk).orElse(null);
    if (type == null) {
      type = header.kind.endsWith("List") && header.hasItems ? GenericKubernetesList.class : GenericKubernetesObject.class;
    }
    return codec.read(json, type);
  }

  private record Header(String apiVersion, String kind, boolean hasItems) {}

  /** Reads top-level apiVersion, kind and whether there are items, skipping everything else. */
  private Header readHeader(byte[] json) {
    String apiVersion = null;
    String kind = null;
    boolean hasItems = false;
    try (JsonParser p = jsonFactory.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw new JsonException("cannot decode: expected a JSON object, found "
            + (t == null ? "no content" : t.asString() != null ? "'" + t.asString() + "'" : t.name()), null);
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "apiVersion":
            apiVersion = stringField(p, value, name);
            break;
          case "kind":
            kind = stringField(p, value, name);
            break;
          case "items":
            hasItems = value == JsonToken.START_ARRAY;
            p.skipChildren();
            break;
          default:
            p.skipChildren();
        }
        if (apiVersion != null && kind != null && (hasItems || !kind.endsWith("List"))) {
          break;
        }
      }
    } catch (JsonProcessingException e) {
      throw new JsonException("cannot decode: " + e.getOriginalMessage() + location(e), e);
    } catch (IOException e) {
      throw new JsonException("cannot decode: " + e.getMessage(), e);
    }
    return new Header(apiVersion, kind, hasItems);
  }

  private static String stringField(JsonParser p, JsonToken value, String name) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_STRING) {
      throw new JsonException("cannot decode: \"" + name + "\" must be a string" + location(p), null);
    }
    return p.getText();
  }

  /**
   * Writes an object as JSON. If it lacks apiVersion or kind, they are taken from the kind its
   * class is registered under (written first); the object itself is never modified. {@link
   * IllegalArgumentException} if they are missing and the class has no kind, or several.
   */
  public byte[] encode(Object object) {
    Objects.requireNonNull(object, "object");
    String apiVersion = null;
    String kind = null;
    if (object instanceof KubernetesObject ko) {
      apiVersion = ko.getApiVersion();
      kind = ko.getKind();
    } else if (object instanceof KubernetesListObject<?> lo) {
      apiVersion = lo.getApiVersion();
      kind = lo.getKind();
    } else if (!kindsFor(object.getClass()).isEmpty()) {
      return encodeFilled(object);
    }
    if (isSet(apiVersion) && isSet(kind)) {
      return codec.write(object);
    }
    return encodeFilled(object);
  }

  /** {@link #encode(Object)} as a string. */
  public String encodeToString(Object object) {
    return new String(encode(object), java.nio.charset.StandardCharsets.UTF_8);
  }

  private byte[] encodeFilled(Object object) {
    TokenBuffer buffer = new TokenBuffer(mapper, false);
    try {
      mapper.writeValue(buffer, object);
    } catch (IOException e) {
      throw new JsonException("cannot write " + object.getClass().getName() + " as JSON: " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonParser p = buffer.asParser(mapper); JsonGenerator g = jsonFactory.createGenerator(out)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("cannot encode " + object.getClass().getName()
            + " with apiVersion and kind: it is not written as a JSON object");
      }
      // collect the top-level fields once, so that present values can be kept
      TokenBuffer rest = new TokenBuffer(mapper, false);
      String apiVersion = null;
      String kind = null;
      rest.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ((name.equals("apiVersion") || name.equals("kind")) && (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL)) {
          String text = value == JsonToken.VALUE_STRING ? p.getText() : null;
          if (name.equals("apiVersion")) {
            apiVersion = text;
          } else {
            kind = text;
          }
          continue;
        }
        rest.writeFieldName(name);
        rest.copyCurrentStructure(p);
      }
      rest.writeEndObject();
      GroupVersionKind gvk = kindToFill(object.getClass(), apiVersion, kind);
      g.writeStartObject();
      g.writeStringField("apiVersion", isSet(apiVersion) ? apiVersion : gvk.apiVersion());
      g.writeStringField("kind", isSet(kind) ? kind : gvk.kind());
      try (JsonParser r = rest.asParser(mapper)) {
        r.nextToken();
        while (r.nextToken() == JsonToken.FIELD_NAME) {
          g.writeFieldName(r.currentName());
          r.nextToken();
          g.copyCurrentStructure(r);
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new JsonException("cannot write " + object.getClass().getName() + " as JSON: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private GroupVersionKind kindToFill(Class<?> type, String apiVersion, String kind) {
    List<GroupVersionKind> kinds = kindsFor(type);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("cannot encode " + type.getName() + ": it has no "
          + (isSet(apiVersion) ? "kind" : isSet(kind) ? "apiVersion" : "apiVersion and kind")
          + " and its class is not registered in the scheme");
    }
    List<GroupVersionKind> candidates = kinds.stream()
        .filter(k -> !isSet(apiVersion) || k.apiVersion().equals(apiVersion))
        .filter(k -> !isSet(kind) || k.kind().equals(kind))
        .collect(Collectors.toList());
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    throw new IllegalArgumentException("cannot encode " + type.getName() + ": it has no "
        + (isSet(apiVersion) ? "kind" : isSet(kind) ? "apiVersion" : "apiVersion and kind")
        + " and its class is registered as " + (candidates.isEmpty() ? "none matching of " + kinds : candidates)
        + "; set apiVersion and kind on the object");
  }

  private static boolean isSet(String s) {
    return s != null && !s.isEmpty();
  }

  private static String describe(Object o) {
    if (o instanceof KubernetesObject ko) {
      return ko.getApiVersion() + ", Kind=" + ko.getKind();
    }
    if (o instanceof KubernetesListObject<?> lo) {
      return lo.getApiVersion() + ", Kind=" + lo.getKind();
    }
    return o.getClass().getSimpleName();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  private static String location(JsonParser p) {
    return " (line " + p.currentTokenLocation().getLineNr() + ", column " + p.currentTokenLocation().getColumnNr() + ")";
  }

  /** How to make an empty object of a registered class and stamp its apiVersion and kind. */
  private record Factory(Class<?> type, Constructor<?> constructor, Method setApiVersion, Method setKind) {

    static Factory of(Class<?> type) {
      Constructor<?> ctor;
      try {
        ctor = type.getDeclaredConstructor();
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("cannot instantiate " + type.getName() + ": it has no no-argument constructor", e);
      }
      if (!Modifier.isPublic(ctor.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
        ctor.trySetAccessible();
      }
      Method setApiVersion = null;
      Method setKind = null;
      if (!KubernetesObject.class.isAssignableFrom(type) && !KubernetesListObject.class.isAssignableFrom(type)) {
        setApiVersion = publicSetter(type, "setApiVersion");
        setKind = publicSetter(type, "setKind");
      }
      return new Factory(type, ctor, setApiVersion, setKind);
    }

    private static Method publicSetter(Class<?> type, String name) {
      try {
        return type.getMethod(name, String.class);
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    Object create(GroupVersionKind gvk) {
      Object o;
      try {
        o = constructor.newInstance();
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("the constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot instantiate " + type.getName() + ": " + e, e);
      }
      if (o instanceof KubernetesObject ko) {
        ko.setApiVersion(gvk.apiVersion());
        ko.setKind(gvk.kind());
      } else if (o instanceof KubernetesListObject<?> lo) {
        lo.setApiVersion(gvk.apiVersion());
        lo.setKind(gvk.kind());
      } else {
        try {
          if (setApiVersion != null) {
            setApiVersion.invoke(o, gvk.apiVersion());
          }
          if (setKind != null) {
            setKind.invoke(o, gvk.kind());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot set apiVersion/kind on " + type.getName() + ": " + e, e);
        }
      }
      return o;
    }
  }
}
