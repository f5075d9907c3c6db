package io.kubegen.generator.emit;

import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.MetaType;
import io.kubegen.generator.model.ObjectDef;
import io.kubegen.generator.model.Property;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeDef;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import io.kubegen.generator.naming.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-built model of the clientset tests, under base package {@code io.kubegen.golden}:
 *
 * <ul>
 *   <li>core/v1 Namespace: cluster-scoped, no deletecollection, status, a {@code finalize} PUT;
 *   <li>core/v1 Pod: every verb, status, {@code eviction} (POST, policy/v1 Eviction in, Status
 *       out) and {@code log} (GET, text);
 *   <li>apps/v1 Deployment: every verb, status and scale, and the user's own expansion;
 *   <li>cert-manager.io/v1 Certificate (a dashed DNS name): no deletecollection and no apply,
 *       status without apply, an {@code info} GET answering opaque JSON;
 *   <li>policy/v1: types only (Eviction), so no client.
 * </ul>
 *
 * Hand-written classes in {@code io.kubegen.golden.apis} stand in for the generated models.
 */
final class ClientsetFixtures {
  static final String BASE = "io.kubegen.golden";
  static final String USER_EXPANSION = BASE + ".clientset.typed.apps.v1.DeploymentExpansion";

  private ClientsetFixtures() {}

  static EmitContext context() {
    return context(model());
  }

  static EmitContext context(ApiModel model) {
    Naming naming = Naming.defaults();
    EmitContext all = EmitContext.of(model, naming, BASE);
    return new EmitContext(model, naming, all.layout(), all.kinds(), Set.of(USER_EXPANSION));
  }

  static ApiModel model() {
    Resource namespaces = Resource.builder("", "v1", "Namespace", "namespaces")
        .singular("namespace")
        .shortNames(List.of("ns"))
        .scope(Scope.CLUSTER)
        .verbs(Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE, Verb.UPDATE, Verb.PATCH, Verb.DELETE,
            Verb.APPLY)
        .subresource(Subresource.Status.standard())
        .subresource(Subresource.Other.of("finalize", List.of(Verb.UPDATE),
            TypeRef.named("", "v1", "Namespace"), TypeRef.named("", "v1", "Namespace")))
        .build();
    Resource pods = Resource.builder("", "v1", "Pod", "pods")
        .singular("pod")
        .shortNames(List.of("po"))
        .categories(List.of("all"))
        .verbs(Verb.values())
        .subresource(Subresource.Status.standard())
        .subresource(Subresource.Other.of("eviction", List.of(Verb.CREATE),
            TypeRef.named("policy", "v1", "Eviction"), TypeRef.meta(MetaType.STATUS)))
        .subresource(Subresource.Other.of("log", List.of(Verb.GET), null, TypeRef.STRING))
        .build();
    Resource deployments = Resource.builder("apps", "v1", "Deployment", "deployments")
        .singular("deployment")
        .shortNames(List.of("deploy"))
        .categories(List.of("all"))
        .verbs(Verb.values())
        .subresource(Subresource.Status.standard())
        .subresource(Subresource.Scale.standard(".spec.replicas", ".status.replicas", ""))
        .build();
    Resource certificates = Resource.builder("cert-manager.io", "v1", "Certificate", "certificates")
        .singular("certificate")
        .shortNames(List.of("cert", "certs"))
        .verbs(Verb.GET, Verb.LIST, Verb.WATCH, Verb.CREATE, Verb.UPDATE, Verb.PATCH, Verb.DELETE)
        .subresource(new Subresource.Status(Set.of(Verb.GET, Verb.UPDATE, Verb.PATCH)))
        .subresource(Subresource.Other.of("info", List.of(Verb.GET), null, TypeRef.OBJECT_JSON))
        .build();
    return ApiModel.of(List.of(
        ApiGroup.of("", List.of(ApiVersion.of("v1", List.of(pods, namespaces),
            types("", "Namespace", "Pod")))),
        ApiGroup.of("apps", List.of(ApiVersion.of("v1", List.of(deployments),
            types("apps", "Deployment")))),
        ApiGroup.of("cert-manager.io", List.of(ApiVersion.of("v1", List.of(certificates),
            types("cert-manager.io", "Certificate")))),
        ApiGroup.of("policy", List.of(ApiVersion.of("v1", List.of(),
            List.of(objectType("Eviction")))))));
  }

  private static List<TypeDef> types(String group, String... kinds) {
    List<TypeDef> types = new ArrayList<>();
    for (String kind : kinds) {
      types.add(objectType(kind));
      types.add(ObjectDef.resourceList(kind + "List", TypeId.of(group, "v1", kind)));
    }
    return types;
  }

  private static ObjectDef objectType(String name) {
    return ObjectDef.of(name, List.of(
        Property.of("apiVersion", TypeRef.STRING),
        Property.of("kind", TypeRef.STRING),
        Property.of("metadata", TypeRef.meta(MetaType.OBJECT_META))));
  }
}
