package io.kubegen.runtime.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.api.GenericKubernetesList;
import io.kubegen.runtime.api.GenericKubernetesObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchemeTest {
  private static final GroupVersion V1 = new GroupVersion("", "v1");
  private static final GroupVersion EXAMPLE_V1 = new GroupVersion("example.com", "v1");
  private static final GroupVersion EXAMPLE_V2 = new GroupVersion("example.com", "v2");

  /** A model as generated code would have it, with nothing preset. */
  public static final class Widget implements KubernetesObject {
    private String apiVersion;
    private String kind;
    private ObjectMeta metadata;
    public BigDecimal ratio;

    @Override
    public String getApiVersion() {
      return apiVersion;
    }

    @Override
    public void setApiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
    }

    @Override
    public String getKind() {
      return kind;
    }

    @Override
    public void setKind(String kind) {
      this.kind = kind;
    }

    @Override
    public ObjectMeta getMetadata() {
      return metadata;
    }

    @Override
    public void setMetadata(ObjectMeta metadata) {
      this.metadata = metadata;
    }
  }

  /** Has a kind but no no-argument constructor. */
  public static final class NoDefaultConstructor {
    public NoDefaultConstructor(String required) {}
  }

  public abstract static class AbstractThing {}

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Scheme coreScheme() {
    return Scheme.withMetaTypes()
        .addKnownTypes(V1, ConfigMap.class, ConfigMapList.class)
        .addResource(V1.withResource("configmaps"), V1.withKind("ConfigMap"), true);
  }

  @Test
  void registersKindsByClassName() {
    Scheme scheme = coreScheme();
    assertEquals(Optional.of(ConfigMap.class), scheme.classFor(V1.withKind("ConfigMap")));
    assertEquals(Optional.of(ConfigMapList.class), scheme.classFor(V1.withKind("ConfigMapList")));
    assertEquals(List.of(V1.withKind("ConfigMap")), scheme.kindsFor(ConfigMap.class));
    assertEquals(List.of(V1.withKind("ConfigMap")), scheme.objectKinds(new ConfigMap()));
    assertTrue(scheme.recognizes(V1.withKind("ConfigMap")));
    assertFalse(scheme.recognizes(V1.withKind("Secret")));
    assertFalse(scheme.recognizes(EXAMPLE_V1.withKind("ConfigMap")));
    assertEquals(Optional.empty(), scheme.classFor(V1.withKind("Secret")));
    assertEquals(List.of(), scheme.kindsFor(Widget.class));
    assertEquals(List.of("ConfigMap", "ConfigMapList", "Status"), new ArrayList<>(scheme.knownTypes(V1).keySet()));
    assertEquals(Map.of("Scale", Scale.class), scheme.knownTypes(MetaTypes.AUTOSCALING_V1));
    assertEquals(Map.of(), scheme.knownTypes(EXAMPLE_V1));
    assertEquals(List.of(V1, MetaTypes.AUTOSCALING_V1), new ArrayList<>(scheme.groupVersions()));
  }

  @Test
  void aClassMayHaveSeveralKindsButAKindOneClass() {
    Scheme scheme = new Scheme()
        .addKnownTypes(EXAMPLE_V1, Widget.class)
        .addKnownTypes(EXAMPLE_V2, Widget.class)
        .addKnownType(EXAMPLE_V2.withKind("Gadget"), Widget.class)
        .addKnownTypes(EXAMPLE_V1, Widget.class); // again: nothing happens
    assertEquals(List.of(EXAMPLE_V1.withKind("Widget"), EXAMPLE_V2.withKind("Widget"), EXAMPLE_V2.withKind("Gadget")),
        scheme.kindsFor(Widget.class));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> scheme.addKnownType(EXAMPLE_V1.withKind("Widget"), ConfigMap.class));
    assertEquals("double registration of different types for example.com/v1, Kind=Widget: old="
        + Widget.class.getName() + ", new=" + ConfigMap.class.getName(), e.getMessage());
    assertEquals(Optional.of(Widget.class), scheme.classFor(EXAMPLE_V1.withKind("Widget")));
  }

  @Test
  void refusesWhatCannotBeAKind() {
    Scheme scheme = new Scheme();
    assertThrows(IllegalArgumentException.class, () -> scheme.addKnownTypes(V1, KubernetesObject.class));
    assertThrows(IllegalArgumentException.class, () -> scheme.addKnownTypes(V1, AbstractThing.class));
    assertThrows(IllegalArgumentException.class, () -> scheme.addKnownType(new GroupVersionKind("", "", "X"), Widget.class));
    assertThrows(IllegalArgumentException.class, () -> scheme.addKnownType(V1.withKind(""), Widget.class));
    assertThrows(NullPointerException.class, () -> scheme.addKnownType(V1.withKind("X"), null));
  }

  @Test
  void unversionedKindsAreRecognisedInEveryGroupVersion() {
    Scheme scheme = Scheme.withMetaTypes();
    assertTrue(scheme.isUnversioned(Status.class));
    assertFalse(scheme.isUnversioned(Scale.class));
    assertEquals(List.of(MetaTypes.STATUS), scheme.kindsFor(Status.class));
    assertEquals(Optional.of(Status.class), scheme.classFor(new GroupVersionKind("apps", "v1", "Status")));
    assertTrue(scheme.recognizes(new GroupVersionKind("apps", "v1", "Status")));

    Status status = scheme.newObject(new GroupVersionKind("apps", "v1", "Status"), Status.class);
    assertEquals("v1", status.getApiVersion());
    assertEquals("Status", status.getKind());

    MetaTypes.addToScheme(scheme); // idempotent
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> scheme.addUnversionedTypes(EXAMPLE_V1, StatusLookAlike.Status.class));
    assertTrue(e.getMessage().startsWith(Status.class.getName() + " has already been registered as unversioned kind Status"),
        e.getMessage());
  }

  /** Another class whose simple name is Status. */
  static final class StatusLookAlike {
    public static final class Status {}
  }

  @Test
  void newObjectsHaveTheirTypeSet() {
    Scheme scheme = coreScheme().addKnownTypes(EXAMPLE_V1, Widget.class);
    Widget w = scheme.newObject(EXAMPLE_V1.withKind("Widget"), Widget.class);
    assertEquals("example.com/v1", w.getApiVersion());
    assertEquals("Widget", w.getKind());
    ConfigMapList list = (ConfigMapList) scheme.newObject(V1.withKind("ConfigMapList"));
    assertEquals("ConfigMapList", list.getKind());
    Scale scale = scheme.newObject(MetaTypes.SCALE, Scale.class);
    assertEquals("autoscaling/v1", scale.getApiVersion());

    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> scheme.newObject(V1.withKind("Secret")));
    assertEquals("no kind v1, Kind=Secret is registered in the scheme (kinds registered in v1: ConfigMap,"
        + " ConfigMapList, Status)", unknown.getMessage());
    assertEquals("no kind example.com/v2, Kind=Widget is registered in the scheme (no kind is registered in"
        + " example.com/v2)", assertThrows(IllegalArgumentException.class,
            () -> scheme.newObject(EXAMPLE_V2.withKind("Widget"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> scheme.newObject(V1.withKind("ConfigMap"), Widget.class));

    scheme.addKnownTypes(EXAMPLE_V2, NoDefaultConstructor.class);
    IllegalArgumentException noCtor = assertThrows(IllegalArgumentException.class,
        () -> scheme.newObject(EXAMPLE_V2.withKind("NoDefaultConstructor")));
    assertEquals("cannot instantiate " + NoDefaultConstructor.class.getName() + ": it has no no-argument constructor",
        noCtor.getMessage());
  }

  @Test
  void mapsResourcesToKinds() {
    GroupVersionResource configmaps = V1.withResource("configmaps");
    GroupVersionResource widgets = EXAMPLE_V1.withResource("widgets");
    Scheme scheme = coreScheme()
        .addResource(widgets, EXAMPLE_V1.withKind("Widget"), EXAMPLE_V1.withKind("WidgetCollection"), false)
        .addResource(configmaps, V1.withKind("ConfigMap"), true); // again: nothing happens
    assertEquals(Optional.of(V1.withKind("ConfigMap")), scheme.kindFor(configmaps));
    assertEquals(Optional.of(configmaps), scheme.resourceFor(V1.withKind("ConfigMap")));
    assertTrue(scheme.isNamespaced(configmaps));
    assertFalse(scheme.isNamespaced(widgets));
    assertEquals(V1.withKind("ConfigMapList"), scheme.resourceMapping(configmaps).orElseThrow().listKind());
    assertEquals(EXAMPLE_V1.withKind("WidgetCollection"), scheme.resourceMapping(widgets).orElseThrow().listKind());
    assertEquals(Optional.empty(), scheme.kindFor(V1.withResource("secrets")));
    assertEquals(Optional.empty(), scheme.resourceFor(V1.withKind("Secret")));

    assertEquals("resource v1/secrets is not mapped in the scheme (mapped resources in v1: configmaps)",
        assertThrows(IllegalArgumentException.class, () -> scheme.isNamespaced(V1.withResource("secrets"))).getMessage());
    IllegalArgumentException conflict = assertThrows(IllegalArgumentException.class,
        () -> scheme.addResource(configmaps, V1.withKind("ConfigMap"), false));
    assertTrue(conflict.getMessage().startsWith("resource v1/configmaps is already mapped to "), conflict.getMessage());
  }

  @Test
  void decodesIntoTheRegisteredClass() {
    Scheme scheme = coreScheme();
    KubernetesObject o = scheme.decode(bytes(
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\",\"newField\":1},"
            + "\"data\":{\"k\":\"v\"},\"immutable\":true,\"someFutureField\":{\"x\":[1]}}"));
    ConfigMap cm = assertInstanceOf(ConfigMap.class, o);
    assertEquals("a", cm.getMetadata().getName());
    assertEquals(Map.of("k", "v"), cm.getData());
    // type information does not have to come first
    ConfigMap late = scheme.decode(bytes("{\"data\":{},\"metadata\":{\"name\":\"b\"},\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\"}"),
        ConfigMap.class);
    assertEquals("b", late.getMetadata().getName());

    Object list = scheme.decodeAny(bytes("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMapList\",\"metadata\":{\"resourceVersion\":\"9\"},"
        + "\"items\":[{\"metadata\":{\"name\":\"x\"}}]}"));
    assertEquals("x", assertInstanceOf(ConfigMapList.class, list).getItems().get(0).getMetadata().getName());

    Status status = scheme.decode(bytes("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":404}"),
        Status.class);
    assertEquals(404, status.getCode());
    Scale scale = assertInstanceOf(Scale.class, scheme.decode(bytes(
        "{\"apiVersion\":\"autoscaling/v1\",\"kind\":\"Scale\",\"spec\":{\"replicas\":2}}")));
    assertEquals(2, scale.getSpec().getReplicas());
  }

  @Test
  void unknownKindsFallBackToGenericObjects() {
    Scheme scheme = coreScheme();
    String json = "{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"w\"},"
        + "\"spec\":{\"size\":3,\"tags\":[\"a\"]},\"status\":{}}";
    GenericKubernetesObject g = assertInstanceOf(GenericKubernetesObject.class, scheme.decode(bytes(json)));
    assertEquals("Widget", g.getKind());
    assertEquals(Map.of("size", 3, "tags", List.of("a")), g.get("spec"));
    assertEquals(List.of(EXAMPLE_V1.withKind("Widget")), scheme.objectKinds(g));
    assertEquals(JsonCodec.shared().readMap(bytes(json)), JsonCodec.shared().readMap(scheme.encode(g)));

    Object list = scheme.decodeAny(bytes("{\"apiVersion\":\"example.com/v1\",\"kind\":\"WidgetList\","
        + "\"metadata\":{\"continue\":\"c\"},\"items\":[{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\","
        + "\"metadata\":{\"name\":\"w\"}}]}"));
    GenericKubernetesList gl = assertInstanceOf(GenericKubernetesList.class, list);
    assertEquals("c", gl.getMetadata().getContinue());
    assertEquals("w", gl.getItems().get(0).getMetadata().getName());
    assertEquals(List.of(EXAMPLE_V1.withKind("WidgetList")), scheme.objectKinds(gl));

    JsonException notSingle = assertThrows(JsonException.class, () -> scheme.decode(bytes(
        "{\"apiVersion\":\"example.com/v1\",\"kind\":\"WidgetList\",\"items\":[]}")));
    assertEquals("cannot decode as a single object: the JSON is a GenericKubernetesList (example.com/v1,"
        + " Kind=WidgetList); use decodeAny", notSingle.getMessage());
    // a kind named ...List without items is just an object
    assertInstanceOf(GenericKubernetesObject.class, scheme.decode(bytes(
        "{\"apiVersion\":\"example.com/v1\",\"kind\":\"PlayList\",\"spec\":{}}")));
  }

  @Test
  void decodeErrorsSayWhatIsWrong() {
    Scheme scheme = coreScheme();
    assertEquals("cannot decode an object without \"apiVersion\" (kind ConfigMap)",
        assertThrows(JsonException.class, () -> scheme.decode(bytes("{\"kind\":\"ConfigMap\"}"))).getMessage());
    assertEquals("cannot decode an object without \"apiVersion\"",
        assertThrows(JsonException.class, () -> scheme.decode(bytes("{\"metadata\":{}}"))).getMessage());
    assertEquals("cannot decode an object without \"kind\" (apiVersion v1)",
        assertThrows(JsonException.class, () -> scheme.decode(bytes("{\"apiVersion\":\"v1\",\"kind\":\"\"}"))).getMessage());
    assertEquals("cannot decode: \"kind\" must be a string (line 1, column 27)", assertThrows(JsonException.class,
        () -> scheme.decode(bytes("{\"apiVersion\":\"v1\",\"kind\":7}"))).getMessage());
    assertEquals("cannot decode: apiVersion 'a/b/c' is not 'version' or 'group/version'", assertThrows(JsonException.class,
        () -> scheme.decode(bytes("{\"apiVersion\":\"a/b/c\",\"kind\":\"X\"}"))).getMessage());
    assertEquals("cannot decode: expected a JSON object, found '['", assertThrows(JsonException.class,
        () -> scheme.decode(bytes("[1]"))).getMessage());
    assertEquals("cannot decode: expected a JSON object, found no content", assertThrows(JsonException.class,
        () -> scheme.decode(bytes(""))).getMessage());
    String malformed = assertThrows(JsonException.class,
        () -> scheme.decode(bytes("{\"apiVersion\":\"v1\",\"metadata\":{\"name\":}}"))).getMessage();
    assertTrue(malformed.startsWith("cannot decode: Unexpected character ('}'") && malformed.contains("(line 1, column "),
        malformed);
    String wrongShape = assertThrows(JsonException.class, () -> scheme.decode(bytes(
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"data\":[1]}"))).getMessage();
    assertTrue(wrongShape.startsWith("cannot read " + ConfigMap.class.getName() + ": "), wrongShape);
    String wrongType = assertThrows(JsonException.class, () -> scheme.decode(bytes(
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\"}"), Status.class)).getMessage();
    assertEquals("cannot decode as " + Status.class.getName() + ": the JSON is v1, Kind=ConfigMap, which the scheme"
        + " reads as " + ConfigMap.class.getName(), wrongType);
  }

  @Test
  void encodeFillsMissingTypeInformationWithoutTouchingTheObject() {
    Scheme scheme = coreScheme().addKnownTypes(EXAMPLE_V1, Widget.class);
    ConfigMap cm = ConfigMap.named("ns", "a").withApiVersion(null).withKind(null);
    cm.setData(Map.of("k", "v"));
    assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\",\"namespace\":\"ns\"},"
        + "\"data\":{\"k\":\"v\"}}", scheme.encodeToString(cm));
    assertNull(cm.getApiVersion());
    assertNull(cm.getKind());

    Widget w = new Widget();
    w.ratio = new BigDecimal("0.100000000000000000000000000001");
    assertEquals("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"ratio\":0.100000000000000000000000000001}",
        scheme.encodeToString(w));
    w.setKind("Widget");
    assertEquals("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"ratio\":0.100000000000000000000000000001}",
        scheme.encodeToString(w));
    w.setApiVersion("example.com/v9");
    assertEquals("{\"apiVersion\":\"example.com/v9\",\"kind\":\"Widget\",\"ratio\":0.100000000000000000000000000001}",
        scheme.encodeToString(w), "what the object says is kept");

    ConfigMap typed = ConfigMap.named("ns", "b");
    assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"b\",\"namespace\":\"ns\"}}",
        scheme.encodeToString(typed));

    Status status = new Status().withCode(409).withReason("Conflict");
    assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"reason\":\"Conflict\",\"code\":409}",
        scheme.encodeToString(status));

    ConfigMapList list = new ConfigMapList();
    list.setApiVersion(null);
    list.setKind(null);
    String listJson = scheme.encodeToString(list);
    assertTrue(listJson.startsWith("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMapList\""), listJson);
    assertInstanceOf(ConfigMapList.class, scheme.decodeAny(bytes(listJson)));
  }

  @Test
  void encodeRefusesWhenTheKindIsUnknownOrAmbiguous() {
    Scheme scheme = new Scheme().addKnownTypes(EXAMPLE_V1, Widget.class).addKnownTypes(EXAMPLE_V2, Widget.class);
    Widget w = new Widget();
    IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class, () -> scheme.encode(w));
    assertEquals("cannot encode " + Widget.class.getName() + ": it has no apiVersion and kind and its class is"
        + " registered as [example.com/v1, Kind=Widget, example.com/v2, Kind=Widget]; set apiVersion and kind on the"
        + " object", ambiguous.getMessage());
    w.setApiVersion("example.com/v2");
    assertEquals("{\"apiVersion\":\"example.com/v2\",\"kind\":\"Widget\"}", scheme.encodeToString(w));

    ConfigMap cm = new ConfigMap().withKind(null);
    assertEquals("cannot encode " + ConfigMap.class.getName() + ": it has no kind and its class is not registered"
        + " in the scheme", assertThrows(IllegalArgumentException.class, () -> scheme.encode(cm)).getMessage());
  }

  @Test
  void decodeAndEncodeRoundTrip() {
    Scheme scheme = coreScheme();
    String json = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\",\"namespace\":\"n\","
        + "\"creationTimestamp\":\"2024-05-01T10:00:00Z\"},\"data\":{\"k\":\"v\"}}";
    assertEquals(json, scheme.encodeToString(scheme.decode(bytes(json))));
  }

  /** Lookups and decoding from many threads while another thread keeps registering. */
  @Test
  void readsAreSafeWhileRegistering() throws Exception {
    Scheme scheme = coreScheme();
    int readers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    byte[] json = bytes("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\"}}");
    List<Future<?>> futures = new ArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
    for (int r = 0; r < readers; r++) {
      futures.add(pool.submit(() -> {
        try {
          start.await();
          while (!done.get()) {
            assertInstanceOf(ConfigMap.class, scheme.decode(json));
            assertSame(ConfigMap.class, scheme.classFor(V1.withKind("ConfigMap")).orElseThrow());
            scheme.knownTypes(EXAMPLE_V1);
            scheme.kindsFor(Widget.class);
            scheme.resourceFor(EXAMPLE_V1.withKind("Kind0"));
          }
        } catch (Throwable t) {
          failures.add(t);
        }
        return null;
      }));
    }
    start.countDown();
    for (int i = 0; i < 500; i++) {
      GroupVersionKind gvk = EXAMPLE_V1.withKind("Kind" + i);
      scheme.addKnownType(gvk, Widget.class);
      scheme.addResource(EXAMPLE_V1.withResource("kinds" + i), gvk, i % 2 == 0);
    }
    done.set(true);
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(List.of(), new ArrayList<>(failures));
    assertEquals(500, scheme.knownTypes(EXAMPLE_V1).size());
    assertEquals(500, scheme.kindsFor(Widget.class).size());
    assertEquals(Optional.of(EXAMPLE_V1.withResource("kinds7")), scheme.resourceFor(EXAMPLE_V1.withKind("Kind7")));
  }
}
