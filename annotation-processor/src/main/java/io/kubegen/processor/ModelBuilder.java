package io.kubegen.processor;

import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.Verb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks what no single class can (two classes claiming one group/version/kind, plurals that
 * collide, versions of one kind that disagree on names or scope) and builds generator-core's
 * {@link ApiModel} with the user's classes as the models: the model defines no types of its own,
 * its resources point at {@code ExistingClassRef}s.
 */
final class ModelBuilder {
  /** What the apiserver serves on a CRD's status and scale subresources. */
  private static final Set<Verb> SUBRESOURCE_VERBS =
      EnumSet.of(Verb.GET, Verb.UPDATE, Verb.PATCH, Verb.APPLY);

  private final Diagnostics diagnostics;

  ModelBuilder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The declarations that survive the joint checks, sorted by class name; the others were reported.
   */
  List<ResourceDeclaration> check(List<ResourceDeclaration> declarations) {
    List<ResourceDeclaration> sorted = new ArrayList<>(declarations);
    sorted.sort(Comparator.comparing(ResourceDeclaration::qualifiedName));
    Map<String, ResourceDeclaration> byGvk = new HashMap<>();
    Map<String, ResourceDeclaration> byPlural = new HashMap<>();
    Map<String, ResourceDeclaration> byKind = new HashMap<>();
    List<ResourceDeclaration> valid = new ArrayList<>();
    for (ResourceDeclaration d : sorted) {
      ResourceDeclaration same = byGvk.putIfAbsent(d.gvk(), d);
      if (same != null) {
        diagnostics.error("[kubegen-duplicate]", d.qualifiedName() + " and " + same.qualifiedName()
            + " both declare " + d.gvk() + ": give one of them another @Version or @Kind",
            d.element());
        continue;
      }
      ResourceDeclaration samePlural = byPlural.putIfAbsent(d.crdName(), d);
      if (samePlural != null && !samePlural.kind().equals(d.kind())) {
        diagnostics.error("[kubegen-duplicate]", "kinds " + samePlural.kind() + " ("
            + samePlural.qualifiedName() + ") and " + d.kind() + " (" + d.qualifiedName()
            + ") share the resource name " + d.crdName() + ": set another @Plural", d.element());
        continue;
      }
      ResourceDeclaration sameKind = byKind.putIfAbsent(d.group() + "/" + d.kind(), d);
      if (sameKind != null) {
        String disagreement = disagreement(sameKind, d);
        if (disagreement != null) {
          diagnostics.error("[kubegen-crd]", "version " + d.version() + " (" + d.qualifiedName()
              + ") of kind " + d.kind() + " disagrees with version " + sameKind.version() + " ("
              + sameKind.qualifiedName() + ") on " + disagreement
              + ": all versions of one kind are one CustomResourceDefinition", d.element());
          continue;
        }
      }
      valid.add(d);
    }
    return valid;
  }

  /** What two versions of one kind disagree on, or null. */
  private static String disagreement(ResourceDeclaration a, ResourceDeclaration b) {
    if (!a.plural().equals(b.plural())) {
      return "the plural ('" + a.plural() + "' and '" + b.plural() + "')";
    }
    if (!a.singular().equals(b.singular())) {
      return "the singular ('" + a.singular() + "' and '" + b.singular() + "')";
    }
    if (a.scope() != b.scope()) {
      return "the scope";
    }
    if (!a.shortNames().equals(b.shortNames())) {
      return "the short names";
    }
    if (!a.categories().equals(b.categories())) {
      return "the categories";
    }
    return null;
  }

  /** The model of checked declarations. */
  ApiModel model(List<ResourceDeclaration> declarations) {
    Map<String, Map<String, List<Resource>>> groups = new TreeMap<>();
    for (ResourceDeclaration d : declarations) {
      groups.computeIfAbsent(d.group(), g -> new TreeMap<>())
          .computeIfAbsent(d.version(), v -> new ArrayList<>())
          .add(resource(d));
    }
    List<ApiGroup> out = new ArrayList<>();
    groups.forEach((group, versions) -> {
      List<ApiVersion> vs = new ArrayList<>();
      versions.forEach((version, resources) -> vs.add(ApiVersion.of(version, resources, List.of())));
      out.add(ApiGroup.of(group, vs));
    });
    return ApiModel.of(out);
  }

  private static Resource resource(ResourceDeclaration d) {
    Resource.Builder b = Resource.builder(d.group(), d.version(), d.kind(), d.plural())
        .singular(d.singular())
        .shortNames(d.shortNames())
        .categories(d.categories())
        .scope(d.scope())
        .verbs(d.verbs())
        .objectType(d.objectType())
        .listType(d.listType());
    // A subresource's client verbs are those the apiserver serves, less those @GenClient drops.
    if (d.statusSubresource() && !d.verbs().isEmpty()) {
      b.subresource(new Subresource.Status(subresourceVerbs(d)));
    }
    if (!d.verbs().isEmpty()) {
      d.scale().ifPresent(s -> b.subresource(new Subresource.Scale(subresourceVerbs(d),
          s.specReplicasPath(), s.statusReplicasPath(), s.labelSelectorPath())));
    }
    d.extraSubresources().forEach(b::subresource);
    return b.build();
  }

  private static Set<Verb> subresourceVerbs(ResourceDeclaration d) {
    Set<Verb> verbs = EnumSet.copyOf(SUBRESOURCE_VERBS);
    verbs.retainAll(d.verbs());
    return verbs;
  }
}
