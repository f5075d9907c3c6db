package io.kubegen.generator.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** A small model shaped like real input: apps/v1 Deployment, core/v1 Namespace, a Strimzi Kafka. */
final class ModelFixtures {
  private ModelFixtures() {}

  /** Builds the model from parts given in an order shuffled by {@code seed} (-1: as written). */
  static ApiModel sample(long seed) {
    List<ApiGroup> groups = new ArrayList<>(List.of(apps(seed), core(), kafka(seed)));
    shuffle(groups, seed);
    return ApiModel.of(groups);
  }

  static ApiGroup apps(long seed) {
    Resource deployments =
        Resource.builder("apps", "v1", "Deployment", "deployments")
            .singular("deployment")
            .shortNames(List.of("deploy"))
            .categories(List.of("all"))
            .verbs(Verb.values())
            .subresource(Subresource.Scale.standard("", "", ""))
            .subresource(Subresource.Status.standard())
            .build();
    List<TypeDef> types =
        new ArrayList<>(
            List.of(
                ObjectDef.of(
                    "Deployment",
                    List.of(
                        Property.of("apiVersion", TypeRef.STRING),
                        Property.of("kind", TypeRef.STRING),
                        Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META)),
                        Property.of("spec", TypeRef.named("apps", "v1", "DeploymentSpec")))),
                ObjectDef.resourceList("DeploymentList", TypeId.of("apps", "v1", "Deployment")),
                new ObjectDef(
                    "DeploymentSpec",
                    "DeploymentSpec is the specification of the desired behavior of the Deployment.",
                    List.of(
                        Property.builder("replicas", TypeRef.INT32).defaultJson("1").build(),
                        Property.builder("selector", TypeRef.meta(MetaType.LABEL_SELECTOR)).required(true).build(),
                        Property.of("strategy", TypeRef.named("apps", "v1", "DeploymentStrategyType")),
                        Property.of("template", TypeRef.named("", "v1", "PodTemplateSpec"))),
                    Optional.empty(),
                    false,
                    false),
                EnumDef.of("DeploymentStrategyType", List.of("Recreate", "RollingUpdate"))));
    shuffle(types, seed);
    return ApiGroup.of(
        "apps",
        List.of(
            ApiVersion.of("v1", List.of(deployments), types),
            ApiVersion.of("v1beta1", List.of(), List.of())));
  }

  static ApiGroup core() {
    Resource namespaces =
        Resource.builder("", "v1", "Namespace", "namespaces")
            .scope(Scope.CLUSTER)
            .verbs(Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE, Verb.UPDATE, Verb.PATCH, Verb.DELETE)
            .subresource(Subresource.Status.standard())
            .subresource(
                Subresource.Other.of(
                    "finalize", List.of(Verb.UPDATE), TypeRef.named("", "v1", "Namespace"), TypeRef.named("", "v1", "Namespace")))
            .build();
    return ApiGroup.of(
        "",
        List.of(
            ApiVersion.of(
                "v1",
                List.of(namespaces),
                List.of(
                    ObjectDef.of("Namespace", List.of(Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META)))),
                    ObjectDef.resourceList("NamespaceList", TypeId.of("", "v1", "Namespace")),
                    ObjectDef.of("PodTemplateSpec", List.of(Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META))))))));
  }

  static ApiGroup kafka(long seed) {
    Resource kafkas =
        Resource.builder("kafka.strimzi.io", "v1beta2", "Kafka", "kafkas")
            .singular("kafka")
            .shortNames(List.of("k"))
            .categories(List.of("strimzi"))
            .verbs(Verb.values())
            .subresource(Subresource.Status.standard())
            .build();
    List<TypeDef> types =
        new ArrayList<>(
            List.of(
                new ObjectDef(
                    "Kafka",
                    "",
                    List.of(
                        Property.of("spec", TypeRef.named("kafka.strimzi.io", "v1beta2", "KafkaSpec")),
                        Property.of("status", TypeRef.OBJECT_JSON)),
                    Optional.empty(),
                    false,
                    false),
                ObjectDef.resourceList("KafkaList", TypeId.of("kafka.strimzi.io", "v1beta2", "Kafka")),
                ObjectDef.of(
                    "KafkaSpec",
                    List.of(
                        Property.builder(
                                "listeners",
                                TypeRef.arrayOf(TypeRef.named("kafka.strimzi.io", "v1beta2", "KafkaSpecKafkaListeners")))
                            .listType(ListType.MAP)
                            .listMapKeys(List.of("name"))
                            .build(),
                        Property.of("config", TypeRef.mapOf(TypeRef.ANY_JSON)),
                        Property.of("replicas", TypeRef.INT_OR_STRING))),
                ObjectDef.of(
                    "KafkaSpecKafkaListeners",
                    List.of(Property.builder("name", TypeRef.STRING).required(true).build()))));
    shuffle(types, seed);
    List<ApiVersion> versions =
        new ArrayList<>(
            List.of(
                ApiVersion.of("v1beta2", List.of(kafkas), types),
                ApiVersion.of("v1alpha1", List.of(), List.of()),
                ApiVersion.of("v1", List.of(), List.of()),
                ApiVersion.of("v1beta1", List.of(), List.of())));
    shuffle(versions, seed);
    return ApiGroup.of("kafka.strimzi.io", versions);
  }

  private static <T> void shuffle(List<T> list, long seed) {
    if (seed >= 0) {
      Collections.shuffle(list, new Random(seed));
    }
  }
}
