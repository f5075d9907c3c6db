package io.kubegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.google.testing.compile.Compilation;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.EnumDef;
import io.kubegen.generator.model.ListType;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Primitive;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.input.CrdReadResult;
import io.kubegen.input.CrdReader;
import io.kubegen.input.InputDocument;
import io.kubegen.runtime.api.IntOrString;
import io.kubegen.runtime.api.ListMeta;
import io.kubegen.runtime.api.MicroTime;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.Quantity;
import io.kubegen.runtime.api.Time;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One definition, two paths, one answer: the CRD the processor emits for annotated classes, read
 * back by openapi-input's {@link CrdReader}, describes the same API as the processor's own model.
 *
 * <p>What each side is:
 *
 * <ul>
 *   <li>The processor's {@link ApiModel}, caught through the processor's model listener. It holds
 *       the resources (names, scope, verbs, subresources) but no types: its object and list types
 *       are {@code ExistingClassRef}s to the user's classes.
 *   <li>The reader's {@code ApiModel}, from the CRD YAML files the compilation wrote to its class
 *       output: the same resources, and {@code ObjectDef}s/{@code EnumDef}s from the schemas.
 * </ul>
 *
 * <p>Resources are compared field by field. For the schemas, the expected side is not the
 * processor's schema map (comparing the YAML with itself proves little) but the classes the
 * {@code ExistingClassRef}s name, loaded from the compilation and introspected by Jackson, the
 * library that will read and write these objects on the wire: property names, required markers of
 * {@code @JsonProperty}, Java types mapped by this test's own table to the {@link TypeRef} shape a
 * schema reader should give (string, int32/int64, float/double, boolean, bytes, date-time,
 * IntOrString, Quantity, ObjectMeta, opaque JSON, arrays, maps, enums with Jackson's constant
 * names, nested objects, recursively). What Jackson cannot see at run time (javadoc, and
 * kubegen's class-retention {@code @Required}, {@code @ListType}, {@code @PreserveUnknownFields})
 * is an expectation written here from the fixture sources.
 */
class CrdRoundTripTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final String CRD_DIRECTORY = "META-INF/kubegen/crds/";

  /** Scalars and runtime types: the shape a CRD schema of each has when read back. */
  private static final Map<Class<?>, TypeRef> LEAVES = Map.ofEntries(
      Map.entry(String.class, TypeRef.STRING),
      Map.entry(char.class, TypeRef.STRING),
      Map.entry(Character.class, TypeRef.STRING),
      Map.entry(boolean.class, TypeRef.BOOLEAN),
      Map.entry(Boolean.class, TypeRef.BOOLEAN),
      Map.entry(byte.class, TypeRef.INT32),
      Map.entry(Byte.class, TypeRef.INT32),
      Map.entry(short.class, TypeRef.INT32),
      Map.entry(Short.class, TypeRef.INT32),
      Map.entry(int.class, TypeRef.INT32),
      Map.entry(Integer.class, TypeRef.INT32),
      Map.entry(long.class, TypeRef.INT64),
      Map.entry(Long.class, TypeRef.INT64),
      Map.entry(float.class, TypeRef.primitive(Primitive.FLOAT)),
      Map.entry(Float.class, TypeRef.primitive(Primitive.FLOAT)),
      Map.entry(double.class, TypeRef.primitive(Primitive.DOUBLE)),
      Map.entry(Double.class, TypeRef.primitive(Primitive.DOUBLE)),
      Map.entry(byte[].class, TypeRef.primitive(Primitive.BYTES)),
      Map.entry(Time.class, TypeRef.primitive(Primitive.DATE_TIME)),
      Map.entry(MicroTime.class, TypeRef.primitive(Primitive.DATE_TIME)),
      Map.entry(IntOrString.class, TypeRef.INT_OR_STRING),
      Map.entry(Quantity.class, TypeRef.QUANTITY),
      Map.entry(ObjectMeta.class, TypeRef.meta(MetaType.OBJECT_META)),
      Map.entry(ListMeta.class, TypeRef.meta(MetaType.LIST_META)),
      Map.entry(Object.class, TypeRef.ANY_JSON),
      Map.entry(JsonNode.class, TypeRef.ANY_JSON));

  /**
   * Each schema's description, by path (kind, then JSON names; {@code []} an array item): the
   * fixtures' javadoc. A property and the object or enum it holds are one schema with one
   * description, the property's; an array item has its class's.
   */
  private static final Map<String, String> DOCS = Map.ofEntries(
      Map.entry("CronTab", "A CronTab runs an image on a schedule.\n\nDescriptions are"
          + " YAML-hostile: \"quotes\", a colon: here, # not a comment, a backslash \\ and"
          + " <b>code</b>."),
      Map.entry("CronTab.spec", "What the user wants."),
      Map.entry("CronTab.spec.cronSpec", "The schedule, in cron format: \"* * * * *\"."),
      Map.entry("CronTab.spec.image", "The container image to run."),
      Map.entry("CronTab.spec.replicas", "How many copies run at once."),
      Map.entry("CronTab.spec.concurrencyPolicy", "What to do when a run is still going."),
      Map.entry("CronTab.spec.runLabels", "Labels added to every run."),
      Map.entry("CronTab.spec.containers", "Containers by name."),
      Map.entry("CronTab.spec.containers[]", "A container to run."),
      Map.entry("CronTab.spec.containers[].name", "Its name, unique in the list."),
      Map.entry("CronTab.spec.containers[].args", "Its arguments."),
      Map.entry("CronTab.spec.tags", "Tags, a set."),
      Map.entry("CronTab.spec.maxUnavailable", "A count or a percentage."),
      Map.entry("CronTab.spec.memory", "Memory per run."),
      Map.entry("CronTab.spec.startAt", "When to start."),
      Map.entry("CronTab.spec.settings", "Free-form settings."),
      Map.entry("CronTab.spec.payload", "Anything at all."),
      Map.entry("CronTab.spec.limits", "Limits by resource name."),
      Map.entry("CronTab.spec.template", "Kept as is."),
      Map.entry("CronTab.spec.template.labels", "Its labels."),
      Map.entry("CronTab.spec.data", "Binary data."),
      Map.entry("CronTab.spec.deadlineSeconds",
          "Private, but with a getter: the getter's doc wins only when the field has none."),
      Map.entry("CronTab.status", "What the controller saw."),
      Map.entry("CronTab.status.replicas", "How many copies run."),
      Map.entry("CronTab.status.selector",
          "The serialized label selector, for the scale subresource."),
      Map.entry("CronTab.status.lastScheduleTime", "When the job last ran."),
      Map.entry("CronTab.status.active", "Names of the active runs."),
      Map.entry("ClusterPolicy", "A policy for the whole cluster."),
      Map.entry("ClusterPolicy.spec", "The rules."),
      Map.entry("Widget.size", "The size."),
      Map.entry("Widget.color", "Its colour, new in v2."));

  /** Properties marked {@code @Required} (invisible to Jackson; its own marker is checked too). */
  private static final Set<String> REQUIRED =
      Set.of("CronTab.spec.cronSpec", "CronTab.spec.containers[].name");

  /** {@code @ListType}s: {@code set}, or {@code map:<keys>}. */
  private static final Map<String, String> LIST_TYPES =
      Map.of("CronTab.spec.containers", "map:name", "CronTab.spec.tags", "set");

  /** Objects marked {@code @PreserveUnknownFields}. */
  private static final Set<String> PRESERVED = Set.of("CronTab.spec.template");

  @Test
  void namespacedAndClusterScopedKindsReadBackAsBuilt() throws IOException {
    List<ApiModel> built = new ArrayList<>();
    Compilation c = Compilations.compile(
        List.of(new KubegenProcessor(Generators.standard(), built::add)),
        Compilations.resources(ProcessorSuccessTest.MODEL.toArray(String[]::new)));
    assertThat(c).succeededWithoutWarnings();

    CrdReadResult read = readCrds(c, "clusterpolicies.policy.example.com.yaml",
        "crontabs.stable.example.com.yaml");
    assertEquals(List.of(), read.notes());
    assertEquals(1, built.size(), "one model per compilation");
    assertSameApi(built.get(0), read.model(), c);
    // The comparison covers what it claims: both kinds, both scopes, both subresources.
    Resource cronTab = resource(read.model(), "stable.example.com", "v1", "CronTab");
    assertEquals(Scope.NAMESPACED, cronTab.scope());
    assertEquals(true, cronTab.status().isPresent());
    assertEquals(".status.selector", cronTab.scale().orElseThrow().labelSelectorPath());
    assertEquals(Scope.CLUSTER,
        resource(read.model(), "policy.example.com", "v1alpha1", "ClusterPolicy").scope());
  }

  @Test
  void versionsOfOneKindReadBackAsOneCrdWithEachVersionsSchema() throws IOException {
    List<ApiModel> built = new ArrayList<>();
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.BASE);
    sources.add(widget("WidgetV1", "v1", "@Storage"));
    sources.add(widget("WidgetV2", "v2", "", "  /** Its colour, new in v2. */",
        "  public String color;"));
    sources.add(widget("WidgetV1beta1", "v1beta1", ""));
    for (String name : List.of("WidgetV1", "WidgetV2", "WidgetV1beta1")) {
      sources.add(Fixtures.list(name));
    }
    Compilation c = Compilations.compile(
        List.of(new KubegenProcessor(Generators.standard(), built::add)), sources);
    assertThat(c).succeededWithoutWarnings();

    // One file for the kind; the reader refuses a CRD with no or two storage versions.
    CrdReadResult read = readCrds(c, "widgets.example.com.yaml");
    assertSameApi(built.get(0), read.model(), c);
    assertEquals(List.of("v1", "v1beta1", "v2"), read.model().group("example.com").orElseThrow()
        .versions().stream().map(ApiVersion::name).sorted().toList());
    ObjectDef v2 = objectDef(read.model(),
        resource(read.model(), "example.com", "v2", "Widget").objectType());
    ObjectDef v1 = objectDef(read.model(),
        resource(read.model(), "example.com", "v1", "Widget").objectType());
    assertEquals(true, v2.property("color").isPresent());
    assertEquals(false, v1.property("color").isPresent());
  }

  private static JavaFileObject widget(String name, String version, String storage,
      String... more) {
    List<String> annotations = new ArrayList<>(List.of("@Group(\"example.com\")",
        "@Version(\"" + version + "\")",
        "@Kind(value = \"Widget\", list = " + name + "List.class)"));
    if (!storage.isEmpty()) {
      annotations.add(storage);
    }
    List<String> body = new ArrayList<>(List.of("  public " + name + "() {}",
        "  /** The size. */", "  public int size;"));
    body.addAll(List.of(more));
    return Fixtures.resource(name, annotations, body.toArray(String[]::new));
  }

  /** Reads the CRDs the compilation wrote, asserting their file names. */
  private static CrdReadResult readCrds(Compilation c, String... expectedFiles)
      throws IOException {
    List<InputDocument> documents = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (JavaFileObject f : c.generatedFiles()) {
      String path = f.toUri().getPath();
      int at = path.indexOf(CRD_DIRECTORY);
      if (at < 0) {
        continue;
      }
      String name = path.substring(at + CRD_DIRECTORY.length());
      names.add(name);
      try (InputStream in = f.openInputStream()) {
        documents.add(new InputDocument(name, in.readAllBytes()));
      }
    }
    assertEquals(new TreeSet<>(List.of(expectedFiles)), names);
    return CrdReader.create().readDocuments(documents);
  }

  // ------------------------------------------------------------------ comparison

  /** What a resource says apart from its types, for a readable difference. */
  private record Names(String kind, String listKind, String plural, String singular,
      List<String> shortNames, List<String> categories, Scope scope, Set<Verb> verbs,
      List<Subresource> subresources) {
    static Names of(Resource r) {
      return new Names(r.kind(), r.listKind(), r.plural(), r.singular(), r.shortNames(),
          r.categories(), r.scope(), r.verbs(), r.subresources());
    }
  }

  private static void assertSameApi(ApiModel built, ApiModel read, Compilation c)
      throws IOException {
    Map<String, Resource> builtResources = resources(built);
    Map<String, Resource> readResources = resources(read);
    assertEquals(builtResources.keySet(), readResources.keySet(), "group/version/kind");
    ClassLoader classes = Compilations.loader(c);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Resource> e : builtResources.entrySet()) {
      Resource b = e.getValue();
      Resource r = readResources.get(e.getKey());
      assertEquals(Names.of(b), Names.of(r), e.getKey());
      JavaType kind = load(classes, b.objectType());
      new Schemas(read, differences).object(b.kind(), kind, objectDef(read, r.objectType()),
          null);
      new Schemas(read, differences).object(b.kind() + "List", load(classes, b.listType()),
          objectDef(read, r.listType()), new ListOf(kind, r.objectType()));
    }
    assertEquals(List.of(), differences, "schema differences");
  }

  /** A list type's items: the kind's class, and the reader's reference to the kind's type. */
  private record ListOf(JavaType kind, TypeRef ref) {}

  /** Compares the reader's types with what Jackson makes of the classes; collects differences. */
  private record Schemas(ApiModel model, List<String> differences) {
    /** An object type; {@code list} is null unless it is a resource's list type. */
    void object(String path, JavaType java, ObjectDef def, ListOf list) {
      Map<String, BeanPropertyDefinition> props = new TreeMap<>();
      BeanDescription bean = JACKSON.getSerializationConfig().introspect(java);
      for (BeanPropertyDefinition p : bean.findProperties()) {
        props.put(p.getName(), p);
      }
      Map<String, Property> read = new TreeMap<>();
      def.properties().forEach(p -> read.put(p.name(), p));
      differ(path + " properties", props.keySet(), read.keySet());
      differ(path + " description", doc(path), def.description());
      differ(path + " preserves unknown fields", PRESERVED.contains(path),
          def.preserveUnknownFields());
      differ(path + " additionalProperties", Optional.empty(), def.additionalProperties());
      for (Map.Entry<String, BeanPropertyDefinition> e : props.entrySet()) {
        Property p = read.get(e.getKey());
        if (p == null) {
          continue;
        }
        String at = path + "." + e.getKey();
        JavaType type = e.getValue().getPrimaryType();
        boolean items = list != null && e.getKey().equals("items");
        // A list's items: the apiserver always sends them; the reader synthesizes the list type.
        differ(at + " required", e.getValue().isRequired() || REQUIRED.contains(at) || items,
            p.required());
        differ(at + " description", doc(at), p.description());
        differ(at + " list type", LIST_TYPES.getOrDefault(at, ""), listType(p));
        if (items) {
          differ(at + " class", list.kind(), type.getContentType());
          differ(at + " type", TypeRef.arrayOf(list.ref()), p.type());
        } else {
          type(at, type, p.type());
        }
      }
    }

    void type(String path, JavaType java, TypeRef read) {
      Class<?> raw = java.getRawClass();
      TypeRef leaf = LEAVES.get(raw);
      if (leaf != null) {
        differ(path + " type", leaf, read);
      } else if (java.isArrayType() || java.isCollectionLikeType()) {
        if (read instanceof TypeRef.ArrayRef a) {
          type(path + "[]", java.getContentType(), a.item());
        } else {
          differences.add(path + ": " + java + " read back as " + read);
        }
      } else if (java.isMapLikeType()) {
        differ(path + " map key", String.class, java.getKeyType().getRawClass());
        if (java.getContentType().getRawClass() == Object.class) {
          differ(path + " type", TypeRef.OBJECT_JSON, read);
        } else if (read instanceof TypeRef.MapRef m) {
          type(path + "{}", java.getContentType(), m.value());
        } else {
          differences.add(path + ": " + java + " read back as " + read);
        }
      } else if (java.isEnumType()) {
        if (read instanceof TypeRef.NamedRef n
            && model.type(n.id()).orElse(null) instanceof EnumDef e) {
          differ(path + " enum values", enumValues(raw), e.values());
          differ(path + " enum description", doc(path), e.description());
        } else {
          differences.add(path + ": enum " + java + " read back as " + read);
        }
      } else if (read instanceof TypeRef.NamedRef n
          && model.type(n.id()).orElse(null) instanceof ObjectDef o) {
        object(path, java, o, null);
      } else {
        differences.add(path + ": class " + java + " read back as " + read);
      }
    }

    private void differ(String what, Object expected, Object actual) {
      if (!expected.equals(actual)) {
        differences.add(what + ": expected " + expected + ", read back " + actual);
      }
    }
  }

  private static String doc(String path) {
    return DOCS.getOrDefault(path, "");
  }

  private static String listType(Property p) {
    if (p.listType() == ListType.UNSPECIFIED) {
      return "";
    }
    String type = p.listType().name().toLowerCase(java.util.Locale.ROOT);
    return p.listMapKeys().isEmpty() ? type : type + ":" + String.join(",", p.listMapKeys());
  }

  /** The enum's constants as Jackson writes them. */
  private static List<String> enumValues(Class<?> type) {
    List<String> out = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      out.add(JACKSON.convertValue(constant, String.class));
    }
    return out;
  }

  private static JavaType load(ClassLoader classes, TypeRef ref) {
    if (!(ref instanceof TypeRef.ExistingClassRef e)) {
      throw new AssertionError("the processor's model refers to the user's classes, not " + ref);
    }
    String binary = e.packageName() + (e.packageName().isEmpty() ? "" : ".")
        + String.join("$", e.simpleNames());
    try {
      return JACKSON.constructType(Class.forName(binary, false, classes));
    } catch (ClassNotFoundException x) {
      throw new AssertionError("the compilation has no class " + binary, x);
    }
  }

  private static Map<String, Resource> resources(ApiModel model) {
    Map<String, Resource> out = new TreeMap<>();
    model.groups().forEach(g -> g.versions().forEach(v -> v.resources().forEach(
        r -> out.put(g.name() + "/" + v.name() + " " + r.kind(), r))));
    return out;
  }

  private static Resource resource(ApiModel model, String group, String version, String kind) {
    return resources(model).get(group + "/" + version + " " + kind);
  }

  private static ObjectDef objectDef(ApiModel model, TypeRef ref) {
    TypeDef def = model.type(((TypeRef.NamedRef) ref).id()).orElseThrow();
    return (ObjectDef) def;
  }
}
