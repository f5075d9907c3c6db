package io.kubegen.processor;

import io.kubegen.generator.model.KubeVersions;
import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds one apiextensions.k8s.io/v1 CustomResourceDefinition per group and kind: every version
 * class of the kind is one entry of {@code spec.versions} (highest priority first), exactly one of
 * them the storage version. The names, scope and subresources come from the declarations, the
 * schemas from {@link SchemaBuilder}.
 */
final class CrdBuilder {
  /** A CRD ready to write, with the classes it came from. */
  record Crd(String name, List<ResourceDeclaration> versions, String yaml) {}

  private final Diagnostics diagnostics;
  private final SchemaBuilder schemas;

  CrdBuilder(Elements elements, Types types, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.schemas = new SchemaBuilder(elements, types, diagnostics);
  }

  /**
   * The CRDs of these (already individually and jointly checked) declarations, sorted by name;
   * a CRD with problems is reported and left out.
   */
  List<Crd> build(List<ResourceDeclaration> declarations) throws Unresolved {
    Map<String, List<ResourceDeclaration>> byKind = new TreeMap<>();
    for (ResourceDeclaration d : declarations) {
      byKind.computeIfAbsent(d.group() + "/" + d.kind(), k -> new ArrayList<>()).add(d);
    }
    List<Crd> crds = new ArrayList<>();
    for (List<ResourceDeclaration> versions : byKind.values()) {
      versions.sort(Comparator.comparing(ResourceDeclaration::version, KubeVersions.PRIORITY));
      int errors = diagnostics.errorCount();
      ResourceDeclaration storage = storage(versions);
      List<Object> entries = new ArrayList<>();
      for (ResourceDeclaration d : versions) {
        entries.add(version(d, d == storage));
      }
      if (diagnostics.errorCount() == errors) {
        ResourceDeclaration first = versions.get(0);
        crds.add(new Crd(first.crdName(), List.copyOf(versions), Yaml.write(document(first, entries))));
      }
    }
    return crds;
  }

  /** The storage version: the only version, or the one marked {@code @Storage}. */
  private ResourceDeclaration storage(List<ResourceDeclaration> versions) {
    if (versions.size() == 1) {
      return versions.get(0);
    }
    List<ResourceDeclaration> marked = versions.stream().filter(ResourceDeclaration::storage).toList();
    if (marked.size() == 1) {
      return marked.get(0);
    }
    List<String> classes = versions.stream()
        .map(d -> d.version() + " (" + d.qualifiedName() + ")").toList();
    if (marked.isEmpty()) {
      for (ResourceDeclaration d : versions) {
        diagnostics.error("[kubegen-storage]", "kind " + d.kind() + " of group " + d.group()
            + " has versions " + String.join(", ", classes) + " and none is the storage version:"
            + " mark exactly one class @Storage", d.element());
      }
    } else {
      for (ResourceDeclaration d : marked) {
        diagnostics.error("[kubegen-storage]", "kind " + d.kind() + " of group " + d.group()
            + " has " + marked.size() + " storage versions: keep @Storage on exactly one of "
            + String.join(", ", marked.stream().map(ResourceDeclaration::version).toList()),
            d.element());
      }
    }
    return null;
  }

  private Map<String, Object> version(ResourceDeclaration d, boolean storage) throws Unresolved {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", d.version());
    v.put("served", true);
    v.put("storage", storage);
    if (d.element().getAnnotation(Deprecated.class) != null) {
      v.put("deprecated", true);
    }
    v.put("schema", Map.of("openAPIV3Schema", schemas.resource(d.element())));
    Map<String, Object> subresources = new LinkedHashMap<>();
    if (d.statusSubresource()) {
      subresources.put("status", Map.of());
    }
    Optional<Subresource.Scale> scale = d.scale();
    if (scale.isPresent()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("specReplicasPath", scale.get().specReplicasPath());
      s.put("statusReplicasPath", scale.get().statusReplicasPath());
      if (!scale.get().labelSelectorPath().isEmpty()) {
        s.put("labelSelectorPath", scale.get().labelSelectorPath());
      }
      subresources.put("scale", s);
    }
    if (!subresources.isEmpty()) {
      v.put("subresources", subresources);
    }
    return v;
  }

  private static Map<String, Object> document(ResourceDeclaration d, List<Object> versions) {
    Map<String, Object> names = new LinkedHashMap<>();
    if (!d.categories().isEmpty()) {
      names.put("categories", d.categories());
    }
    names.put("kind", d.kind());
    names.put("listKind", d.kind() + "List");
    names.put("plural", d.plural());
    if (!d.shortNames().isEmpty()) {
      names.put("shortNames", d.shortNames());
    }
    names.put("singular", d.singular());
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("group", d.group());
    spec.put("names", names);
    spec.put("scope", d.scope() == Scope.CLUSTER ? "Cluster" : "Namespaced");
    spec.put("versions", versions);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "apiextensions.k8s.io/v1");
    doc.put("kind", "CustomResourceDefinition");
    doc.put("metadata", Map.of("name", d.crdName()));
    doc.put("spec", spec);
    return doc;
  }
}
