package io.kubegen.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.ListType;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The apiserver specs of the shared corpus, read for real. */
class OpenApiCorpusTest {
  private static ApiModel v136;

  private static synchronized ApiModel v136() {
    if (v136 == null) {
      v136 = OpenApiReader.create().read(Corpus.dir("specs/v2/kubernetes-1.36.0.json"));
    }
    return v136;
  }

  private static Resource resource(ApiModel m, String group, String version, String kind) {
    return m.group(group).orElseThrow().version(version).orElseThrow().resource(kind).orElseThrow(
        () -> new AssertionError("no " + group + "/" + version + " " + kind));
  }

  private static ObjectDef object(ApiModel m, String group, String version, String name) {
    return (ObjectDef) m.type(TypeId.of(group, version, name)).orElseThrow(
        () -> new AssertionError("no type " + group + "/" + version + " " + name));
  }

  private static Set<String> subresources(Resource r) {
    return r.subresources().stream().map(Subresource::name).collect(Collectors.toCollection(TreeSet::new));
  }

  // ---------------------------------------------------------------- hand-written facts

  @Test
  void deploymentsAreNamespacedWithEveryVerbStatusAndScale() {
    Resource d = resource(v136(), "apps", "v1", "Deployment");
    assertTrue(d.namespaced());
    assertEquals("deployments", d.plural());
    assertEquals("DeploymentList", d.listKind());
    assertEquals(EnumSet.allOf(Verb.class), d.verbs());
    assertEquals(Set.of("scale", "status"), subresources(d));
    assertTrue(d.status().isPresent());
    assertTrue(d.scale().orElseThrow().verbs().containsAll(Set.of(Verb.GET, Verb.UPDATE, Verb.PATCH)));
  }

  @Test
  void podsHaveTheirSubresources() {
    Resource pod = resource(v136(), "", "v1", "Pod");
    assertTrue(pod.namespaced());
    assertTrue(
        subresources(pod).containsAll(
            Set.of("status", "eviction", "binding", "log", "ephemeralcontainers", "exec", "attach", "portforward", "proxy")),
        subresources(pod).toString());
    Subresource.Other eviction = (Subresource.Other) pod.subresource("eviction").orElseThrow();
    assertEquals(Set.of(Verb.CREATE), eviction.verbs());
    assertEquals(TypeRef.named("policy", "v1", "Eviction"), eviction.input().orElseThrow());
    Subresource.Other log = (Subresource.Other) pod.subresource("log").orElseThrow();
    assertEquals(Set.of(Verb.GET), log.verbs());
    assertEquals(TypeRef.STRING, log.result());
    assertTrue(log.input().isEmpty());
    Subresource.Other exec = (Subresource.Other) pod.subresource("exec").orElseThrow();
    assertEquals(Set.of(Verb.GET, Verb.CREATE), exec.verbs());
  }

  @Test
  void clusterScopedResources() {
    for (String kind : List.of("Namespace", "Node", "PersistentVolume")) {
      assertFalse(resource(v136(), "", "v1", kind).namespaced(), kind);
    }
    assertFalse(resource(v136(), "rbac.authorization.k8s.io", "v1", "ClusterRole").namespaced());
    assertTrue(resource(v136(), "", "v1", "ConfigMap").namespaced());
  }

  @Test
  void tokenIsCreateOnlyAndComponentStatusesGetAndList() {
    Subresource.Other token =
        (Subresource.Other) resource(v136(), "", "v1", "ServiceAccount").subresource("token").orElseThrow();
    assertEquals(Set.of(Verb.CREATE), token.verbs());
    assertEquals(TypeRef.named("authentication.k8s.io", "v1", "TokenRequest"), token.input().orElseThrow());
    assertEquals(Set.of(Verb.GET, Verb.LIST), resource(v136(), "", "v1", "ComponentStatus").verbs());
  }

  @Test
  void createOnlyResourcesGetASynthesizedList() {
    Resource review = resource(v136(), "authentication.k8s.io", "v1", "TokenReview");
    assertEquals(Set.of(Verb.CREATE), review.verbs());
    assertFalse(review.namespaced());
    ObjectDef list = object(v136(), "authentication.k8s.io", "v1", "TokenReviewList");
    assertEquals(TypeRef.arrayOf(TypeRef.named("authentication.k8s.io", "v1", "TokenReview")),
        list.property("items").orElseThrow().type());
  }

  @Test
  void plausibleCounts() {
    ApiModel m = v136();
    int resources = m.groups().stream().flatMap(g -> g.versions().stream()).mapToInt(v -> v.resources().size()).sum();
    assertTrue(m.groups().size() >= 18 && m.groups().size() <= 40, "groups " + m.groups().size());
    assertTrue(resources >= 70 && resources <= 150, "resources " + resources);
    assertTrue(m.types().size() >= 600 && m.types().size() <= 900, "types " + m.types().size());
  }

  @Test
  void typesFollowTheDefinitions() {
    ApiModel m = v136();
    ObjectDef deployment = object(m, "apps", "v1", "Deployment");
    assertEquals(TypeRef.meta(MetaType.OBJECT_META), deployment.property("metadata").orElseThrow().type());
    assertEquals(TypeRef.named("apps", "v1", "DeploymentSpec"), deployment.property("spec").orElseThrow().type());
    // a type shared across groups stays in its own group version
    assertEquals(TypeRef.named("", "v1", "PodTemplateSpec"),
        object(m, "apps", "v1", "DeploymentSpec").property("template").orElseThrow().type());
    assertEquals(TypeRef.INT_OR_STRING,
        object(m, "apps", "v1", "RollingUpdateDeployment").property("maxSurge").orElseThrow().type());
    assertEquals(TypeRef.mapOf(TypeRef.QUANTITY),
        object(m, "", "v1", "ResourceRequirements").property("limits").orElseThrow().type());
    Property ports = object(m, "", "v1", "Container").property("ports").orElseThrow();
    assertEquals(ListType.MAP, ports.listType());
    assertEquals(List.of("containerPort", "protocol"), ports.listMapKeys());
    assertTrue(object(m, "", "v1", "Container").property("name").orElseThrow().required());
    assertTrue(object(m, "", "v1", "NodeSpec").property("externalID").orElseThrow().deprecated());
    assertFalse(object(m, "apiextensions.k8s.io", "v1", "CustomResourceDefinitionVersion")
        .property("deprecated").orElseThrow().deprecated());
    assertEquals(TypeRef.primitive(io.kubegen.generator.model.Primitive.BYTES),
        object(m, "apiregistration.k8s.io", "v1", "APIServiceSpec").property("caBundle").orElseThrow().type());
    // apimachinery types are the runtime's, never generated
    assertTrue(m.types().keySet().stream().noneMatch(id -> id.name().equals("ObjectMeta") || id.name().equals("IntOrString")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kubernetes-1.30.9.json", "kubernetes-1.33.0.json", "kubernetes-1.36.0.json"})
  void modelMatchesAnIndependentWalkOfThePaths(String file) throws IOException {
    Path spec = Corpus.dir("specs/v2/" + file);
    ApiModel m = OpenApiReader.create().read(spec);
    Map<String, String> expected = Walk.of(new ObjectMapper().readTree(spec.toFile()));
    Map<String, String> actual = new TreeMap<>();
    for (ApiGroup g : m.groups()) {
      for (ApiVersion v : g.versions()) {
        for (Resource r : v.resources()) {
          EnumSet<Verb> verbs = EnumSet.copyOf(r.verbs().isEmpty() ? EnumSet.noneOf(Verb.class) : r.verbs());
          assertEquals(verbs.contains(Verb.PATCH), verbs.remove(Verb.APPLY), "apply goes with patch: " + r.kind());
          actual.put(g.name() + "/" + v.name() + "/" + r.plural(),
              r.kind() + " " + (r.namespaced() ? "namespaced" : "cluster") + " " + verbs + " " + subresources(r));
        }
      }
    }
    assertEquals(expected, actual);
  }

  /** A second, regex-based reading of the paths, written apart from ApiPath and OpenApiRun. */
  static final class Walk {
    private static final Pattern PATH = Pattern.compile(
        "^/(?:api|apis/([^/]+))/([^/]+)/(watch/)?(namespaces/\\{namespace\\}/)?([a-z0-9.-]+)(/\\{name\\}(?:/([a-z0-9-]+))?(?:/.*)?)?$");

    static Map<String, String> of(JsonNode spec) {
      Map<String, String> kinds = new TreeMap<>();
      Map<String, Boolean> namespaced = new TreeMap<>();
      Map<String, Set<Verb>> verbs = new TreeMap<>();
      Map<String, Set<String>> subs = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        Matcher mt = PATH.matcher(e.getKey());
        if (!mt.matches()) {
          continue;
        }
        String key = (mt.group(1) == null ? "" : mt.group(1)) + "/" + mt.group(2) + "/" + mt.group(5);
        Iterator<Map.Entry<String, JsonNode>> ops = e.getValue().properties().iterator();
        while (ops.hasNext()) {
          Map.Entry<String, JsonNode> op = ops.next();
          String action = op.getValue().path("x-kubernetes-action").asText("");
          if (action.isEmpty()) {
            continue;
          }
          namespaced.merge(key, mt.group(4) != null, Boolean::logicalOr);
          if (mt.group(3) != null) {
            verbs.computeIfAbsent(key, k -> EnumSet.noneOf(Verb.class)).add(Verb.WATCH);
          } else if (mt.group(7) != null) {
            subs.computeIfAbsent(key, k -> new TreeSet<>()).add(mt.group(7));
          } else {
            kinds.put(key, op.getValue().path("x-kubernetes-group-version-kind").path("kind").asText());
            Set<Verb> v = verbs.computeIfAbsent(key, k -> EnumSet.noneOf(Verb.class));
            switch (action) {
              case "get": v.add(Verb.GET); break;
              case "list": v.add(Verb.LIST); break;
              case "post": v.add(Verb.CREATE); break;
              case "put": v.add(Verb.UPDATE); break;
              case "patch": v.add(Verb.PATCH); break;
              case "delete": v.add(Verb.DELETE); break;
              case "deletecollection": v.add(Verb.DELETE_COLLECTION); break;
              default: break;
            }
          }
        }
      }
      Map<String, String> out = new TreeMap<>();
      for (Map.Entry<String, String> k : kinds.entrySet()) {
        String key = k.getKey();
        out.put(key, k.getValue() + " " + (namespaced.get(key) ? "namespaced" : "cluster") + " "
            + EnumSet.copyOf(verbs.get(key)) + " " + subs.getOrDefault(key, Set.of()));
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- v3

  @Test
  void v3DirectoryReadsAsOneApiAndAgreesWithV2() {
    ApiModel v3 = OpenApiReader.create().read(Corpus.dir("specs/v3"));
    assertEquals(Set.of("", "apps", "coordination.k8s.io"),
        v3.groups().stream().filter(g -> g.versions().stream().anyMatch(v -> !v.resources().isEmpty()))
            .map(ApiGroup::name).collect(Collectors.toSet()));
    Resource d = resource(v3, "apps", "v1", "Deployment");
    assertEquals(Set.of("scale", "status"), subresources(d));
    assertEquals(EnumSet.allOf(Verb.class), d.verbs());
    // v3 wraps references in allOf: they still resolve to the same types
    assertEquals(TypeRef.named("apps", "v1", "DeploymentSpec"),
        object(v3, "apps", "v1", "Deployment").property("spec").orElseThrow().type());
    // The v3 documents come from an older release than 1.36: every resource they serve is in 1.36
    // with the same kind, plural and scope, and 1.36 serves a superset of its subresources.
    ApiModel v2 = v136();
    for (ApiGroup g : v3.groups()) {
      for (ApiVersion v : g.versions()) {
        for (Resource r : v.resources()) {
          Resource same = resource(v2, g.name(), v.name(), r.kind());
          assertEquals(r.plural(), same.plural());
          assertEquals(r.scope(), same.scope(), r.kind());
          assertEquals(r.listKind(), same.listKind());
          assertTrue(subresources(same).containsAll(subresources(r)), r.kind() + " " + subresources(r));
        }
      }
    }
  }

  @Test
  void filterKeepsReferencedTypesInTheirOwnPackage() {
    ApiModel m = OpenApiReader.create(
            io.kubegen.generator.naming.Naming.defaults(), GroupVersionFilter.of(List.of("apps/v1"), List.of()))
        .read(Corpus.dir("specs/v2/kubernetes-1.36.0.json"));
    assertEquals(5, m.group("apps").orElseThrow().version("v1").orElseThrow().resources().size());
    ApiVersion core = m.group("").orElseThrow().version("v1").orElseThrow();
    assertTrue(core.resources().isEmpty(), "core resources are filtered out");
    assertTrue(core.type("PodTemplateSpec").isPresent(), "but the types apps refers to stay in core/v1");
    assertTrue(m.group("batch").isEmpty());
  }

  @Test
  void readingTwiceGivesAnEqualModel() {
    assertEquals(v136(), OpenApiReader.create().read(Corpus.dir("specs/v2/kubernetes-1.36.0.json")));
  }
}
