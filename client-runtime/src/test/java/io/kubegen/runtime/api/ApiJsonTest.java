package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubegen.runtime.scheme.JsonCodec;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API types as JSON: full round trips, unknown fields ignored by annotation alone, and the
 * rule that they carry Jackson annotations only (no databind classes), so any user's mapper works.
 */
class ApiJsonTest {
  /** Jackson's defaults: unknown properties fail, nulls are written. Only annotations can help. */
  private final ObjectMapper plain = new ObjectMapper();

  static final String OBJECT_META = """
      {
        "name": "web-7d4b9c",
        "generateName": "web-",
        "namespace": "shop",
        "selfLink": "/api/v1/namespaces/shop/pods/web-7d4b9c",
        "uid": "5f1c7b2e-1111-4c3a-9a4e-0123456789ab",
        "resourceVersion": "184467",
        "generation": 3,
        "creationTimestamp": "2024-02-29T23:59:59Z",
        "deletionTimestamp": "2024-03-01T00:00:30Z",
        "deletionGracePeriodSeconds": 30,
        "labels": {"app": "web", "app.kubernetes.io/name": "web", "empty": ""},
        "annotations": {"kubectl.kubernetes.io/last-applied-configuration": "{\\"a\\":1}\\n", "note": "ünïcödé ✓"},
        "ownerReferences": [{
          "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-7d4b", "uid": "9a9a9a9a-2222-4c3a-9a4e-0123456789ab",
          "controller": true, "blockOwnerDeletion": true
        }],
        "finalizers": ["example.com/cleanup", "foregroundDeletion"],
        "managedFields": [{
          "manager": "kube-controller-manager",
          "operation": "Update",
          "apiVersion": "v1",
          "time": "2024-02-29T23:59:59Z",
          "fieldsType": "FieldsV1",
          "fieldsV1": {
            "f:metadata": {"f:labels": {".": {}, "f:app": {}}, "f:ownerReferences": {
              "k:{\\"uid\\":\\"9a9a9a9a-2222-4c3a-9a4e-0123456789ab\\"}": {}}},
            "f:spec": {"f:containers": {"k:{\\"name\\":\\"web\\"}": {".": {}, "f:image": {}, "f:ports": {
              "k:{\\"containerPort\\":8080,\\"protocol\\":\\"TCP\\"}": {".": {}, "f:containerPort": {}}}}}}
          }
        }, {
          "manager": "kubelet", "operation": "Update", "apiVersion": "v1", "time": "2024-03-01T00:00:01Z",
          "fieldsType": "FieldsV1", "fieldsV1": {"f:status": {"f:phase": {}, "f:conditions": {}}}, "subresource": "status"
        }]
      }
      """;

  @Test
  void objectMetaRoundTripsEveryField() throws Exception {
    for (ObjectMapper mapper : List.of(plain, JsonCodec.shared().copyOfMapper())) {
      ObjectMeta meta = mapper.readValue(OBJECT_META, ObjectMeta.class);
      assertEquals(Time.parse("2024-02-29T23:59:59Z"), meta.getCreationTimestamp());
      assertEquals(30L, meta.getDeletionGracePeriodSeconds());
      assertEquals("status", meta.getManagedFields().get(1).getSubresource());
      assertTrue(meta.getManagedFields().get(0).getFieldsV1().containsKey("f:spec"));

      String written = mapper.writeValueAsString(meta);
      assertEquals(mapper.readTree(OBJECT_META), mapper.readTree(written), written);
      assertEquals(meta, mapper.readValue(written, ObjectMeta.class));

      ObjectMeta copy = meta.deepCopy();
      assertEquals(meta, copy);
      assertNotSame(meta.getManagedFields().get(0).getFieldsV1(), copy.getManagedFields().get(0).getFieldsV1());
      assertEquals(mapper.readTree(OBJECT_META), mapper.readTree(mapper.writeValueAsString(copy)));
    }
  }

  @Test
  void unknownFieldsAreIgnoredByEveryApiType() throws Exception {
    assertTrue(plain.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    ObjectMeta meta = plain.readValue("""
        {"name": "a", "futureField": {"x": [1, 2]}, "labels": {"k": "v"},
         "ownerReferences": [{"name": "o", "futureRefField": 1}],
         "managedFields": [{"manager": "m", "futureEntryField": "x"}]}""", ObjectMeta.class);
    assertEquals("a", meta.getName());
    assertEquals("o", meta.getOwnerReferences().get(0).getName());
    assertEquals("m", meta.getManagedFields().get(0).getManager());

    Status status = plain.readValue("""
        {"kind": "Status", "apiVersion": "v1", "metadata": {"resourceVersion": "1", "futureListField": 2},
         "status": "Failure", "message": "pods \\"x\\" not found", "reason": "NotFound", "code": 404,
         "details": {"name": "x", "kind": "pods", "futureDetail": true,
                     "causes": [{"reason": "FieldValueInvalid", "field": "spec", "futureCause": {}}]},
         "futureStatusField": [1]}""", Status.class);
    assertEquals(404, status.getCode());
    assertEquals("spec", status.getDetails().getCauses().get(0).getField());

    ListMeta list = plain.readValue("{\"resourceVersion\":\"7\",\"continue\":\"abc\",\"remainingItemCount\":5,\"new\":1}",
        ListMeta.class);
    assertEquals("abc", list.getContinue());

    Scale scale = plain.readValue("""
        {"apiVersion": "autoscaling/v1", "kind": "Scale", "metadata": {"name": "web"},
         "spec": {"replicas": 3, "x": 1}, "status": {"replicas": 2, "selector": "app=web", "y": 2}, "z": 3}""",
        Scale.class);
    assertEquals(3, scale.getSpec().getReplicas());
    assertEquals("app=web", scale.getStatus().getSelector());

    LabelSelector selector = plain.readValue(
        "{\"matchLabels\":{\"a\":\"b\"},\"matchExpressions\":[{\"key\":\"k\",\"operator\":\"Exists\",\"z\":1}],\"y\":2}",
        LabelSelector.class);
    assertEquals("a=b,k", selector.toSelectorString());

    GenericKubernetesList items = plain.readValue(
        "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"x\":1},\"items\":[{\"kind\":\"A\",\"spec\":{}}],\"w\":1}",
        GenericKubernetesList.class);
    assertEquals(Map.of(), items.getItems().get(0).get("spec"));

    DeleteOptions delete = plain.readValue("{\"propagationPolicy\":\"Foreground\",\"future\":1,"
        + "\"preconditions\":{\"uid\":\"u\",\"future\":2}}", DeleteOptions.class);
    assertEquals("u", delete.preconditions().uid());
  }

  /**
   * Every class in this package that Jackson reads as a bean must say, by annotation, that unknown
   * fields are ignored (or keep them, with {@code @JsonAnySetter}): newer servers add fields.
   */
  @Test
  void everyJsonBeanInThePackageIgnoresUnknownFields() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      if (!hasJacksonClassAnnotation(type) || hasJsonValue(type)) {
        continue;
      }
      JsonIgnoreProperties ignore = type.getAnnotation(JsonIgnoreProperties.class);
      boolean keepsThem = Stream.of(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(JsonAnySetter.class));
      if ((ignore == null || !ignore.ignoreUnknown()) && !keepsThem) {
        offenders.add(type.getName());
      }
    }
    assertEquals(List.of(), offenders);
  }

  /** The rule of ARCHITECTURE.md: API types reference Jackson annotations only, never databind. */
  @Test
  void apiTypesReferenceNoDatabindClass() throws Exception {
    List<String> offenders = new ArrayList<>();
    List<Path> classFiles = classFiles();
    assertTrue(classFiles.size() > 20, "found " + classFiles.size() + " class files");
    for (Path file : classFiles) {
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      if (constants.contains("com/fasterxml/jackson/databind") || constants.contains("com/fasterxml/jackson/core")
          || constants.contains("tools/jackson/")) {
        offenders.add(file.getFileName().toString());
      }
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void valueTypesWorkWithAPlainObjectMapper() throws Exception {
    String json = "{\"port\":8080,\"target\":\"http\",\"surge\":\"25%\",\"cpu\":\"1.5\",\"memory\":\"1.5Gi\","
        + "\"count\":1e3,\"time\":\"2024-05-01T12:00:00+02:00\",\"micro\":\"2024-05-01T10:00:00.5Z\","
        + "\"selector\":{\"matchLabels\":{\"app\":\"web\"}}}";
    Values values = plain.readValue(json, Values.class);
    assertEquals(IntOrString.of(8080), values.port);
    assertEquals(IntOrString.of("http"), values.target);
    assertEquals(2, values.surge.scaledValue(10, false));
    assertEquals(Quantity.of("1500m"), values.cpu);
    assertEquals(Quantity.of("1536Mi"), values.memory);
    assertEquals("1e3", values.count.toString());
    assertEquals(Time.parse("2024-05-01T10:00:00Z"), values.time);
    assertEquals("app=web", values.selector.toSelectorString());
    assertEquals("{\"port\":8080,\"target\":\"http\",\"surge\":\"25%\",\"cpu\":\"1500m\",\"memory\":\"1536Mi\","
            + "\"count\":\"1e3\",\"time\":\"2024-05-01T10:00:00Z\",\"micro\":\"2024-05-01T10:00:00.500000Z\","
            + "\"selector\":{\"matchLabels\":{\"app\":\"web\"}}}",
        plain.writeValueAsString(values));
    JsonNode tree = plain.valueToTree(values);
    assertEquals(8080, tree.get("port").intValue());
    assertTrue(tree.get("target").isTextual());
  }

  /** A model such as generated code would write: public fields, no annotations of its own. */
  public static final class Values {
    public IntOrString port;
    public IntOrString target;
    public IntOrString surge;
    public Quantity cpu;
    public Quantity memory;
    public Quantity count;
    public Time time;
    public MicroTime micro;
    public LabelSelector selector;
  }

  static List<Class<?>> apiClasses() throws Exception {
    List<Class<?>> out = new ArrayList<>();
    for (Path file : classFiles()) {
      String name = file.getFileName().toString();
      out.add(Class.forName(ObjectMeta.class.getPackageName() + "." + name.substring(0, name.length() - 6)));
    }
    return out;
  }

  private static List<Path> classFiles() throws IOException, URISyntaxException {
    Path root = Path.of(ObjectMeta.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(ObjectMeta.class.getPackageName().replace('.', '/'));
    assertTrue(Files.isDirectory(dir), dir + " is not a directory");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
    }
  }

  private static boolean hasJacksonClassAnnotation(Class<?> type) {
    for (Annotation a : type.getAnnotations()) {
      if (a.annotationType().getPackageName().equals("com.fasterxml.jackson.annotation")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasJsonValue(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(JsonValue.class)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void apiClassesAreFound() throws Exception {
    List<Class<?>> classes = apiClasses();
    assertFalse(classes.isEmpty());
    assertNotNull(classes.stream().filter(c -> c == LabelSelector.class).findFirst().orElse(null));
  }
}
