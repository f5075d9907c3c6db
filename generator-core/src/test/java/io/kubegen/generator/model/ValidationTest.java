package io.kubegen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each record refuses bad arguments with a message that names the argument. */
class ValidationTest {
  private static final TypeRef S = TypeRef.STRING;

  static Stream<Arguments> invalid() {
    return Stream.of(
        bad("kind must not be blank", () -> Resource.builder("", "v1", " ", "pods").build()),
        bad("kind must not be null", () -> Resource.builder("", "v1", null, "pods").listKind("PodList").build()),
        bad("plural must not be blank", () -> Resource.builder("", "v1", "Pod", "").build()),
        bad("listKind of kind 'Pod' must differ from kind", () -> Resource.builder("", "v1", "Pod", "pods").listKind("Pod").build()),
        bad("shortNames contains 'po' twice", () -> Resource.builder("", "v1", "Pod", "pods").shortNames(List.of("po", "po")).build()),
        bad("shortNames[0] must not be null", () -> Resource.builder("", "v1", "Pod", "pods").shortNames(Arrays.asList((String) null)).build()),
        bad("categories[1] must not be blank", () -> Resource.builder("", "v1", "Pod", "pods").categories(List.of("all", "")).build()),
        bad("scope must not be null", () -> Resource.builder("", "v1", "Pod", "pods").scope(null).build()),
        bad("version must not be blank", () -> TypeId.of("apps", "", "Deployment")),
        bad("name must not be blank", () -> TypeId.of("apps", "v1", "")),
        bad("group must not be null", () -> TypeId.of(null, "v1", "Deployment")),
        bad("group must be empty (core) or not blank", () -> TypeId.of(" ", "v1", "Deployment")),
        bad("name must not be null", () -> Property.of(null, S)),
        bad("name must not be empty", () -> Property.of("", S)),
        bad("type must not be null", () -> Property.of("a", null)),
        bad("description must not be null", () -> Property.builder("a", S).description(null).build()),
        bad("listMapKeys of property 'ports' require listType MAP, not UNSPECIFIED",
            () -> Property.builder("ports", TypeRef.arrayOf(S)).listMapKeys(List.of("name")).build()),
        bad("listType of property 'name' requires an array type",
            () -> Property.builder("name", S).listType(ListType.SET).build()),
        bad("properties of type 'PodSpec' declare 'containers' twice",
            () -> ObjectDef.of("PodSpec", List.of(Property.of("containers", S), Property.of("containers", S)))),
        bad("name must not be blank", () -> ObjectDef.of("", List.of())),
        bad("additionalProperties must not be null", () -> new ObjectDef("A", "", List.of(), null, false, false)),
        bad("values of enum 'Phase' must not be empty", () -> EnumDef.of("Phase", List.of())),
        bad("values of enum 'Phase' must be unique", () -> EnumDef.of("Phase", List.of("Running", "Running"))),
        bad("resources of version 'v1' declare kind 'Pod' twice",
            () -> ApiVersion.of("v1", List.of(pod("pods"), pod("pods2")), List.of())),
        bad("resources of version 'v1' declare plural 'pods' twice",
            () -> ApiVersion.of("v1", List.of(pod("pods"), Resource.builder("", "v1", "Pod2", "pods").build()), List.of())),
        bad("types of version 'v1' declare 'Pod' twice",
            () -> ApiVersion.of("v1", List.of(), List.of(ObjectDef.of("Pod", List.of()), EnumDef.of("Pod", List.of("a"))))),
        bad("name must not be blank", () -> ApiVersion.of(" ", List.of(), List.of())),
        bad("versions of group 'apps' must not be empty", () -> ApiGroup.of("apps", List.of())),
        bad("versions of group 'apps' declare 'v1' twice",
            () -> ApiGroup.of("apps", List.of(ApiVersion.of("v1", List.of(), List.of()), ApiVersion.of("v1", List.of(), List.of())))),
        bad("name must be empty (the core group) or not blank", () -> ApiGroup.of("  ", List.of(ApiVersion.of("v1", List.of(), List.of())))),
        bad("groups declare 'apps' twice",
            () -> ApiModel.of(List.of(ApiGroup.of("apps", List.of(ApiVersion.of("v1", List.of(), List.of()))),
                ApiGroup.of("apps", List.of(ApiVersion.of("v2", List.of(), List.of())))))),
        bad("groups must not be null", () -> ApiModel.of(null)),
        bad("item must not be null", () -> TypeRef.arrayOf(null)),
        bad("verbs[0] must not be null", () -> new Subresource.Status(new HashSet<>(Arrays.asList((Verb) null)))),
        bad("specReplicasPath must not be null", () -> new Subresource.Scale(Set.of(), null, "", "")),
        bad("input must not be null", () -> new Subresource.Other("log", Set.of(Verb.GET), null, S)),
        bad("subresources[0] must not be null",
            () -> new Resource("Pod", "PodList", "pods", "", List.of(), List.of(), Scope.NAMESPACED, Set.of(),
                Arrays.asList((Subresource) null), TypeRef.named("", "v1", "Pod"), TypeRef.named("", "v1", "PodList"))),
        bad("description must not be null", () -> new EnumDef("Phase", null, List.of("a"), false)),
        bad("objectType must be a NamedRef or an ExistingClassRef",
            () -> Resource.builder("", "v1", "Pod", "pods").objectType(TypeRef.OBJECT_JSON).build()));
  }

  private static Resource pod(String plural) {
    return Resource.builder("", "v1", "Pod", plural).build();
  }

  private static Arguments bad(String message, Executable executable) {
    return Arguments.of(message, executable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void refused(String message, Executable executable) {
    RuntimeException e = assertThrows(RuntimeException.class, executable);
    assertEquals(true, e.getMessage().startsWith(message), "expected '" + message + "' but was '" + e.getMessage() + "'");
    assertEquals(true, e instanceof IllegalArgumentException || e instanceof NullPointerException, e.getClass().getName());
  }
}
