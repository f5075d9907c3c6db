package io.example.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.example.apis.core.v1.CoreV1Register;
import io.example.apis.core.v1.Gadget;
import io.example.apis.example.v1.ExampleV1Register;
import io.example.apis.example.v1.LegacyMode;
import io.example.apis.example.v1.OddValues;
import io.example.apis.example.v1.Oddity;
import io.example.apis.example.v1.Widget;
import io.example.apis.example.v1.WidgetList;
import io.example.apis.example.v1.WidgetMode;
import io.example.apis.example.v1.WidgetPort;
import io.example.apis.example.v1.WidgetSpec;
import io.example.clientset.scheme.ClientsetScheme;
import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.scheme.GroupResource;
import io.kubegen.runtime.scheme.GroupVersionKind;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.Scheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs against the generated golden sources: compiled with them under -Xlint:all -Werror, then
 * run by GeneratedCodeTest. A plain ObjectMapper (default settings, no modules) reads and writes
 * the models, proving annotations alone are enough.
 */
public final class ModelProbe implements Runnable {
  static final String WIDGET =
      "{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"w\",\"namespace\":\"ns\"},"
          + "\"spec\":{\"replicas\":3,\"size\":\"1Gi\",\"port\":\"http\",\"since\":\"2024-01-02T03:04:05Z\","
          + "\"payload\":\"aGk=\",\"secrets\":{\"a\":\"aGk=\"},\"labels\":{\"x\":\"y\"},"
          + "\"ports\":[{\"name\":\"p\",\"port\":80}],\"matrix\":[[{\"name\":\"m\"}]],"
          + "\"config\":{\"a\":{\"b\":[1,2]}},\"anything\":[1,\"two\"],\"mode\":\"Turbo\","
          + "\"limits\":{\"default\":\"1\",\"cpu\":\"500m\"},\"bogus\":1},"
          + "\"status\":{\"phase\":\"Fast\",\"observedGeneration\":9007199254740993},\"unknownTop\":true}";

  static final String ODDITY =
      "{\"class\":\"c\",\"default\":5,\"x-foo\":\"a\",\"xFoo\":\"b\",\"_\":true,\"9lives\":\"cat\","
          + "\"$ref\":\"#/r\",\"additionalProperties\":\"s\",\"odd\":\"brand-new\",\"raw\":{\"any\":{\"thing\":[1]}},"
          + "\"old\":\"o\",\"legacy\":\"On\",\"extra\":{\"k\":[1,{\"z\":null}]},\"more\":\"m\"}";

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public void run() {
    try {
      widgetRoundTrip();
      nullsOmitted();
      oddityRoundTrip();
      enums();
      deepCopyIsDeep();
      equality();
      scheme();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private void widgetRoundTrip() throws Exception {
    Widget w = mapper.readValue(WIDGET, Widget.class);
    check(w.getSpec().getReplicas() == 3, "replicas");
    check(w.getSpec().getMode().value().equals("Turbo") && !w.getSpec().getMode().isKnown(), "unknown enum value kept");
    check(w.getStatus().getPhase() == WidgetMode.FAST, "known enum value is the constant");
    check(w.getStatus().getObservedGeneration() == 9007199254740993L, "int64 exact");
    check(new String(w.getSpec().getPayload(), StandardCharsets.UTF_8).equals("hi"), "bytes are base64");
    check(w.getSpec().getLimits().getAdditionalProperties().get("cpu").toString().equals("500m"), "typed additionalProperties");
    String out = mapper.writeValueAsString(w);
    ObjectNode expected = (ObjectNode) mapper.readTree(WIDGET);
    expected.remove("unknownTop");
    ((ObjectNode) expected.get("spec")).remove("bogus");
    check(mapper.readTree(out).equals(expected), "widget round trip: " + out);
    check(out.startsWith("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":"), "schema order: " + out);
  }

  private void nullsOmitted() throws Exception {
    String out = mapper.writeValueAsString(new Widget().withSpec(new WidgetSpec().withReplicas(2)));
    check(out.equals("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"spec\":{\"replicas\":2}}"), out);
    Gadget g = new Gadget();
    check(g.getApiVersion().equals("v1") && g.getKind().equals("Gadget"), "core kind defaults");
    check(new WidgetList().getKind().equals("WidgetList"), "list kind default");
  }

  @SuppressWarnings("deprecation")
  private void oddityRoundTrip() throws Exception {
    Oddity o = mapper.readValue(ODDITY, Oddity.class);
    check("c".equals(o.getClass_()) && o.getDefault() == 5 && "a".equals(o.getXFoo2()) && "b".equals(o.getXFoo()), "odd names");
    check(o.getU5f() && "cat".equals(o.get_9lives()) && "#/r".equals(o.getRef()), "odd names 2");
    check("s".equals(o.getAdditionalProperties2()), "a property named additionalProperties");
    check("o".equals(o.getOld()) && o.getLegacy() == LegacyMode.ON, "deprecated");
    check(o.getAdditionalProperties().keySet().equals(java.util.Set.of("extra", "more")), "unknown kept: " + o.getAdditionalProperties());
    check(!o.getOdd().isKnown() && o.getOdd().value().equals("brand-new"), "odd enum");
    JsonNode back = mapper.readTree(mapper.writeValueAsString(o));
    check(back.equals(mapper.readTree(ODDITY)), "oddity round trip: " + back);
  }

  private void enums() throws Exception {
    check(OddValues.fromValue("a-b") == OddValues.A_B_2 && OddValues.fromValue("A_B") == OddValues.A_B, "clashing constants");
    check(OddValues.fromValue("") == OddValues.EMPTY && OddValues.fromValue("*/") == OddValues.U2AU2F, "odd constants");
    check(OddValues.fromValue("with \"quote\"") == OddValues.WITH_QUOTE, "quotes");
    check(OddValues.fromValue("back\\slash") == OddValues.BACK_SLASH, "backslash");
    check(mapper.readValue("\"na\\u00efve\"", OddValues.class) == OddValues.NAIVE, "unicode value");
    OddValues later = mapper.readValue("\"Later\"", OddValues.class);
    check(!later.isKnown() && later.equals(OddValues.fromValue("Later")) && later.hashCode() == OddValues.fromValue("Later").hashCode(), "unknown equality");
    check(mapper.writeValueAsString(later).equals("\"Later\""), "unknown written back");
    check(OddValues.values().size() == 9 && OddValues.values().get(0) == OddValues.EMPTY, "values");
    check(OddValues.UNKNOWN.isKnown() && OddValues.UNKNOWN.value().equals("UNKNOWN"), "a value named UNKNOWN");
  }

  @SuppressWarnings("unchecked")
  private void deepCopyIsDeep() throws Exception {
    Widget original = mapper.readValue(WIDGET, Widget.class);
    String before = mapper.writeValueAsString(original);
    Widget copy = original.deepCopy();
    check(copy.equals(original) && copy.hashCode() == original.hashCode() && copy != original, "copy equals");
    check(copy.getSpec().getSince() == original.getSpec().getSince(), "immutable Time shared");
    check(copy.getSpec().getMode() == original.getSpec().getMode(), "enum shared");
    copy.getMetadata().setName("other");
    copy.getSpec().getPorts().get(0).setPort(1);
    copy.getSpec().getPorts().add(new WidgetPort().withName("q"));
    copy.getSpec().getMatrix().get(0).get(0).setName("z");
    copy.getSpec().getLabels().put("new", "label");
    copy.getSpec().getPayload()[0] = 0;
    copy.getSpec().getSecrets().get("a")[0] = 0;
    ((Map<String, Object>) copy.getSpec().getConfig().get("a")).put("c", 3);
    ((List<Object>) copy.getSpec().getAnything()).add(3);
    copy.getSpec().getLimits().getAdditionalProperties().remove("cpu");
    check(mapper.writeValueAsString(original).equals(before), "original unchanged: " + mapper.writeValueAsString(original));
    check(!copy.equals(original), "changed copy differs");

    Oddity odd = mapper.readValue(ODDITY, Oddity.class);
    Oddity oddCopy = odd.deepCopy();
    ((List<Object>) ((Map<String, Object>) oddCopy.getAdditionalProperties().get("extra")).get("k")).add(2);
    oddCopy.getRaw().put("x", 1);
    check(mapper.readTree(mapper.writeValueAsString(odd)).equals(mapper.readTree(ODDITY)), "opaque JSON copied deeply");
  }

  private void equality() {
    WidgetSpec a = new WidgetSpec().withPayload(new byte[] {1, 2}).withSecrets(new LinkedHashMap<>(Map.of("k", new byte[] {3})));
    WidgetSpec b = new WidgetSpec().withPayload(new byte[] {1, 2}).withSecrets(new LinkedHashMap<>(Map.of("k", new byte[] {3})));
    check(a.equals(b) && a.hashCode() == b.hashCode(), "bytes compare by content, also in maps");
    b.getSecrets().get("k")[0] = 4;
    check(!a.equals(b), "different bytes differ");
    check(a.toString().contains("payload=2 bytes") && a.toString().contains("k=1 bytes") && !a.toString().contains("[B@"), "toString: " + a);
    check(!new WidgetSpec().withReplicas(1).equals(new WidgetSpec().withReplicas(2)), "fields compared");
    List<WidgetPort> ports = new ArrayList<>();
    ports.add(null);
    check(new WidgetSpec().withPorts(ports).deepCopy().getPorts().get(0) == null, "null items kept");
  }

  private void scheme() {
    Scheme scheme = ClientsetScheme.newScheme();
    KubernetesObject decoded = scheme.decode(WIDGET.getBytes(StandardCharsets.UTF_8));
    check(decoded instanceof Widget w && w.getSpec().getReplicas() == 3, "decode gives Widget: " + decoded.getClass());
    KubernetesObject gadget =
        scheme.decode("{\"apiVersion\":\"v1\",\"kind\":\"Gadget\",\"metadata\":{\"name\":\"g\"},\"color\":\"red\"}".getBytes(StandardCharsets.UTF_8));
    check(gadget instanceof Gadget g && g.getColor().equals("red"), "decode gives Gadget");
    Object list = scheme.decodeAny(
        "{\"apiVersion\":\"example.com/v1\",\"kind\":\"WidgetList\",\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"a\"}}]}"
            .getBytes(StandardCharsets.UTF_8));
    check(list instanceof WidgetList l && l.getItems().get(0).getMetadata().getName().equals("a"), "decode gives WidgetList");
    KubernetesListObject<Widget> typed = new WidgetList();
    check(typed.getItems() == null, "list interface");
    GroupVersionKind widgetKind = new GroupVersionKind("example.com", "v1", "Widget");
    check(scheme.resourceFor(widgetKind).equals(java.util.Optional.of(new GroupVersionResource("example.com", "v1", "widgets"))), "resource mapped");
    check(scheme.isNamespaced(new GroupVersionResource("example.com", "v1", "widgets")), "widgets namespaced");
    check(!scheme.isNamespaced(new GroupVersionResource("", "v1", "gadgets")), "gadgets cluster-scoped");
    check(scheme.classFor(new GroupVersionKind("", "v1", "GadgetList")).orElseThrow() == io.example.apis.core.v1.GadgetList.class, "list kind");
    check(ExampleV1Register.resource("widgets").equals(new GroupResource("example.com", "widgets")), "resource()");
    check(CoreV1Register.GROUP_NAME.isEmpty() && CoreV1Register.SCHEME_GROUP_VERSION.apiVersion().equals("v1"), "core");
    check(ExampleV1Register.addToScheme(scheme) == scheme, "registering twice is harmless");
    Widget w = new Widget().withMetadata(new ObjectMeta());
    check(new String(scheme.encode(w), StandardCharsets.UTF_8).startsWith("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\""), "encode");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
