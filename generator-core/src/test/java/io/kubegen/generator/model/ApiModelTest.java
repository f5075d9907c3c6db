package io.kubegen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiModelTest {

  @Test
  void sameInputInAnyOrderGivesEqualModelsInTheSameOrder() {
    ApiModel reference = ModelFixtures.sample(-1);
    for (long seed = 0; seed < 8; seed++) {
      ApiModel model = ModelFixtures.sample(seed);
      assertEquals(reference, model);
      assertEquals(reference.hashCode(), model.hashCode());
      assertEquals(reference.toString(), model.toString());
    }
    assertEquals(List.of("", "apps", "kafka.strimzi.io"), reference.groups().stream().map(ApiGroup::name).toList());
    assertEquals(
        List.of("v1", "v1beta2", "v1beta1", "v1alpha1"),
        reference.group("kafka.strimzi.io").orElseThrow().versions().stream().map(ApiVersion::name).toList());
    assertEquals(
        List.of("Deployment", "DeploymentList", "DeploymentSpec", "DeploymentStrategyType"),
        reference.group("apps").orElseThrow().version("v1").orElseThrow().types().stream().map(TypeDef::name).toList());
  }

  @Test
  void lookups() {
    ApiModel model = ModelFixtures.sample(-1);
    Resource deployment = model.group("apps").flatMap(g -> g.version("v1")).flatMap(v -> v.resource("Deployment")).orElseThrow();
    assertTrue(deployment.namespaced());
    assertEquals("DeploymentList", deployment.listKind());
    assertEquals(TypeRef.named("apps", "v1", "Deployment"), deployment.objectType());
    assertEquals(List.of("scale", "status"), deployment.subresources().stream().map(Subresource::name).toList());
    assertTrue(deployment.status().isPresent() && deployment.scale().isPresent());
    assertEquals(EnumSet.allOf(Verb.class), deployment.verbs());
    Resource namespace = model.group("").flatMap(g -> g.version("v1")).flatMap(v -> v.resource("Namespace")).orElseThrow();
    assertFalse(namespace.namespaced());
    assertTrue(namespace.scale().isEmpty());
    assertTrue(namespace.subresource("finalize").isPresent());
    assertTrue(model.type(TypeId.of("", "v1", "PodTemplateSpec")).isPresent());
    assertEquals(11, model.types().size());
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<Property> properties = new ArrayList<>(List.of(Property.of("a", TypeRef.STRING)));
    ObjectDef def = ObjectDef.of("A", properties);
    properties.add(Property.of("b", TypeRef.STRING));
    assertEquals(1, def.properties().size());
    assertThrows(UnsupportedOperationException.class, () -> def.properties().add(Property.of("c", TypeRef.STRING)));
    Resource r = Resource.builder("g.io", "v1", "A", "as").verbs(Verb.GET).build();
    assertThrows(UnsupportedOperationException.class, () -> r.verbs().add(Verb.LIST));
    assertThrows(UnsupportedOperationException.class, () -> ModelFixtures.sample(-1).groups().clear());
    assertThrows(UnsupportedOperationException.class, () -> ModelFixtures.sample(-1).types().clear());
  }

  @Test
  void danglingReferencesAreAllReportedAtOnce() {
    ApiVersion v1 =
        ApiVersion.of(
            "v1",
            List.of(Resource.builder("g.io", "v1", "Widget", "widgets").verbs(Verb.GET).build()),
            List.of(
                ObjectDef.of(
                    "Widget",
                    List.of(
                        Property.of("spec", TypeRef.named("g.io", "v1", "WidgetSpec")),
                        Property.of("parts", TypeRef.arrayOf(TypeRef.mapOf(TypeRef.named("g.io", "v2", "Part"))))))));
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> ApiModel.of(List.of(ApiGroup.of("g.io", List.of(v1)))));
    assertEquals(
        List.of(
            "type g.io/v1 Widget property 'spec' refers to g.io/v1 WidgetSpec, which the model does not define",
            "type g.io/v1 Widget property 'parts' refers to g.io/v2 Part, which the model does not define",
            "resource g.io/v1 Widget listType refers to g.io/v1 WidgetList, which the model does not define"),
        e.problems());
    assertTrue(e.getMessage().startsWith("[kubegen-model] 3 problems:"), e.getMessage());
  }

  @Test
  void resourceTypesMustBeObjectsOfTheirOwnVersion() {
    ApiVersion v1 =
        ApiVersion.of(
            "v1",
            List.of(
                Resource.builder("g.io", "v1", "Widget", "widgets")
                    .objectType(TypeRef.named("g.io", "v1", "Color"))
                    .listType(TypeRef.named("h.io", "v1", "WidgetList"))
                    .build()),
            List.of(EnumDef.of("Color", List.of("red"))));
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> ApiModel.of(List.of(ApiGroup.of("g.io", List.of(v1)))));
    assertEquals(2, e.problems().size());
    assertTrue(e.problems().get(0).contains("not an object type"), e.problems().get(0));
    assertTrue(e.problems().get(1).contains("outside its own group version"), e.problems().get(1));
  }

  @Test
  void pojoResourcesUseExistingClasses() {
    Resource r =
        Resource.builder("acme.io", "v1", "Widget", "widgets")
            .objectType(TypeRef.ExistingClassRef.of("com.acme", "Widget"))
            .listType(TypeRef.ExistingClassRef.of("com.acme", "Widget", "List"))
            .verbs(Verb.GET, Verb.LIST)
            .build();
    ApiModel model = ApiModel.of(List.of(ApiGroup.of("acme.io", List.of(ApiVersion.of("v1", List.of(r), List.of())))));
    assertEquals("com.acme.Widget.List", ((TypeRef.ExistingClassRef) model.groups().get(0).versions().get(0).resources().get(0).listType()).canonicalName());
    assertThrows(IllegalArgumentException.class, () -> TypeRef.ExistingClassRef.of("com.acme", "9Widget"));
    assertThrows(IllegalArgumentException.class, () -> TypeRef.ExistingClassRef.of("com..acme", "Widget"));
    assertThrows(IllegalArgumentException.class, () -> TypeRef.ExistingClassRef.of("com.acme"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Resource.builder("acme.io", "v1", "Widget", "widgets").objectType(TypeRef.STRING).build());
  }

  @Test
  void verbsFromTheApi() {
    assertEquals(Optional.of(Verb.DELETE_COLLECTION), Verb.fromApi("deletecollection"));
    assertEquals(Optional.of(Verb.CREATE), Verb.fromApi("post"));
    assertEquals(Optional.of(Verb.UPDATE), Verb.fromApi("put"));
    assertEquals(Optional.of(Verb.WATCH), Verb.fromApi("watchlist"));
    assertEquals(Optional.empty(), Verb.fromApi("connect"));
    assertEquals(Optional.of(ListType.MAP), ListType.fromExtension("map"));
    assertEquals(Optional.empty(), ListType.fromExtension("bag"));
  }

  @Test
  void kubernetesVersionPriority() {
    List<String> versions = new ArrayList<>(List.of("v1alpha1", "foo", "v1", "v10", "v2beta1", "v1beta2", "v1beta10", "bar", "v2"));
    versions.sort(KubeVersions.PRIORITY);
    assertEquals(List.of("v10", "v2", "v1", "v2beta1", "v1beta10", "v1beta2", "v1alpha1", "bar", "foo"), versions);
  }

  @Test
  void subresourceRules() {
    assertThrows(IllegalArgumentException.class, () -> Subresource.Other.of("status", Set.of(Verb.GET), null, TypeRef.STRING));
    assertThrows(IllegalArgumentException.class, () -> Subresource.Other.of("log", Set.of(), null, TypeRef.STRING));
    Subresource.Other log = Subresource.Other.of("log", Set.of(Verb.GET), null, TypeRef.STRING);
    assertTrue(log.input().isEmpty());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> Resource.builder("", "v1", "Pod", "pods").subresource(Subresource.Status.standard()).subresource(Subresource.Status.standard()).build());
    assertTrue(twice.getMessage().contains("'status' twice"), twice.getMessage());
  }
}
