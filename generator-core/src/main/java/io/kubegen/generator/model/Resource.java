package io.kubegen.generator.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A resource served in one group version: the REST-facing names, scope, verbs and subresources,
 * and the model types of its objects and lists.
 *
 * @param kind the kind, for example {@code Deployment}
 * @param listKind the list kind, for example {@code DeploymentList}
 * @param plural the resource name in URLs, for example {@code deployments}
 * @param singular the singular resource name, for example {@code deployment}, or {@code ""}
 * @param shortNames short names ({@code deploy}), in input order
 * @param categories categories ({@code all}), in input order
 * @param scope namespaced or cluster-scoped
 * @param verbs the verbs served on the resource itself
 * @param subresources sorted by name, names unique
 * @param objectType the object's type: a {@link TypeRef.NamedRef} to an {@link ObjectDef} in the
 *     same group version, or a {@link TypeRef.ExistingClassRef} (POJO input)
 * @param listType the list's type, likewise
 */
public record Resource(
    String kind,
    String listKind,
    String plural,
    String singular,
    List<String> shortNames,
    List<String> categories,
    Scope scope,
    Set<Verb> verbs,
    List<Subresource> subresources,
    TypeRef objectType,
    TypeRef listType) {

  public Resource {
    Checks.notBlank(kind, "kind");
    Checks.notBlank(listKind, "listKind");
    Checks.notBlank(plural, "plural");
    Checks.notNull(singular, "singular");
    if (listKind.equals(kind)) {
      throw new IllegalArgumentException("listKind of kind '" + kind + "' must differ from kind");
    }
    shortNames = Checks.copyNames(shortNames, "shortNames");
    categories = Checks.copyNames(categories, "categories");
    Checks.notNull(scope, "scope");
    verbs = Verbs.copy(verbs, "verbs");
    List<Subresource> sorted = new ArrayList<>(Checks.copy(subresources, "subresources"));
    sorted.sort(Comparator.comparing(Subresource::name));
    Set<String> names = new HashSet<>();
    for (Subresource s : sorted) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "subresources of kind '" + kind + "' declare '" + s.name() + "' twice");
      }
    }
    subresources = List.copyOf(sorted);
    checkModelType(objectType, "objectType");
    checkModelType(listType, "listType");
  }

  private static void checkModelType(TypeRef ref, String name) {
    Checks.notNull(ref, name);
    if (!(ref instanceof TypeRef.NamedRef || ref instanceof TypeRef.ExistingClassRef)) {
      throw new IllegalArgumentException(
          name + " must be a NamedRef or an ExistingClassRef, not " + ref);
    }
  }

  public boolean namespaced() {
    return scope == Scope.NAMESPACED;
  }

  /** The subresource with this name, if served. */
  public Optional<Subresource> subresource(String name) {
    return subresources.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<Subresource.Status> status() {
    return subresources.stream()
        .filter(Subresource.Status.class::isInstance)
        .map(Subresource.Status.class::cast)
        .findFirst();
  }

  public Optional<Subresource.Scale> scale() {
    return subresources.stream()
        .filter(Subresource.Scale.class::isInstance)
        .map(Subresource.Scale.class::cast)
        .findFirst();
  }

  /**
   * A builder whose object and list types default to {@code NamedRef}s to {@code kind} and
   * {@code listKind} in the given group version; verbs default to none.
   */
  public static Builder builder(String group, String version, String kind, String plural) {
    return new Builder(group, version, kind, plural);
  }

  /** Builds a {@link Resource}. */
  public static final class Builder {
    private final String kind;
    private final String plural;
    private final String group;
    private final String version;
    private String listKind;
    private String singular = "";
    private List<String> shortNames = List.of();
    private List<String> categories = List.of();
    private Scope scope = Scope.NAMESPACED;
    private Set<Verb> verbs = Set.of();
    private final List<Subresource> subresources = new ArrayList<>();
    private TypeRef objectType;
    private TypeRef listType;

    private Builder(String group, String version, String kind, String plural) {
      this.group = group;
      this.version = version;
      this.kind = kind;
      this.plural = plural;
      this.listKind = kind + "List";
    }

    public Builder listKind(String listKind) {
      this.listKind = listKind;
      return this;
    }

    public Builder singular(String singular) {
      this.singular = singular;
      return this;
    }

    public Builder shortNames(List<String> shortNames) {
      this.shortNames = shortNames;
      return this;
    }

    public Builder categories(List<String> categories) {
      this.categories = categories;
      return this;
    }

    public Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    public Builder verbs(Collection<Verb> verbs) {
      this.verbs = Verbs.copy(verbs, "verbs");
      return this;
    }

    public Builder verbs(Verb... verbs) {
      return verbs(List.of(verbs));
    }

    public Builder subresource(Subresource subresource) {
      subresources.add(Checks.notNull(subresource, "subresource"));
      return this;
    }

    public Builder objectType(TypeRef objectType) {
      this.objectType = objectType;
      return this;
    }

    public Builder listType(TypeRef listType) {
      this.listType = listType;
      return this;
    }

    public Resource build() {
      Checks.notBlank(kind, "kind");
      Checks.notBlank(listKind, "listKind");
      TypeRef object = objectType != null ? objectType : TypeRef.named(group, version, kind);
      TypeRef list = listType != null ? listType : TypeRef.named(group, version, listKind);
      return new Resource(
          kind, listKind, plural, singular, shortNames, categories, scope, verbs, subresources,
          object, list);
    }
  }
}
