package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.Objects;

/**
 * One call made on a fake client, as client-go's {@code testing.Action}: what reactors see and
 * what {@link Fake#actions()} records.
 *
 * @param verb {@code get}, {@code list}, {@code watch}, {@code create}, {@code update},
 *     {@code delete}, {@code delete-collection} or {@code patch} (apply is a {@code patch} with
 *     {@link PatchType#APPLY}), as client-go names them
 * @param resource the resource called
 * @param subresource {@code status}, {@code scale}, ... or {@code ""}
 * @param namespace the namespace the call is bound to, {@code ""} for cluster-scoped resources
 *     and for calls across all namespaces
 * @param name the object's name, {@code ""} for list, watch, deleteCollection and a create with
 *     generateName
 * @param object the object sent (create, update, apply, subresource writes): a copy, of the
 *     caller's class; null otherwise
 * @param patchType the patch type of a patch, else null
 * @param patch the patch document of a patch or apply, else null
 * @param options the verb's options record ({@code GetOptions}, {@code ListOptions},
 *     {@code CreateOptions}, {@code UpdateOptions}, {@code DeleteOptions}, {@code PatchOptions}),
 *     or null
 * @param listOptions the selectors of list, watch and deleteCollection, else null
 */
public record Action(
    String verb,
    GroupVersionResource resource,
    String subresource,
    String namespace,
    String name,
    Object object,
    PatchType patchType,
    String patch,
    Object options,
    ListOptions listOptions) {

  public static final String GET = "get";
  public static final String LIST = "list";
  public static final String WATCH = "watch";
  public static final String CREATE = "create";
  public static final String UPDATE = "update";
  public static final String DELETE = "delete";
  public static final String DELETE_COLLECTION = "delete-collection";
  public static final String PATCH = "patch";

  public Action {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(resource, "resource");
    subresource = subresource == null ? "" : subresource;
    namespace = namespace == null ? "" : namespace;
    name = name == null ? "" : name;
  }

  /** Whether this is {@code verb} on {@code resource} (the plural, any subresource). */
  public boolean matches(String verb, String resource) {
    return this.verb.equals(verb) && this.resource.resource().equals(resource);
  }

  /**
   * Whether a reactor registered for {@code verb} and {@code resource} handles this action:
   * {@code *} matches anything; a resource matches its own subresources too; {@code
   * resource/subresource} matches only that subresource (client-go's rules).
   */
  public boolean coveredBy(String verb, String resource) {
    if (!verb.equals("*") && !verb.equals(this.verb)) {
      return false;
    }
    if (resource.equals("*") || resource.equals(this.resource.resource())) {
      return true;
    }
    int slash = resource.indexOf('/');
    return slash >= 0
        && resource.substring(0, slash).equals(this.resource.resource())
        && resource.substring(slash + 1).equals(subresource);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(verb).append(' ').append(resource);
    if (!subresource.isEmpty()) {
      s.append('/').append(subresource);
    }
    if (!namespace.isEmpty()) {
      s.append(" ns=").append(namespace);
    }
    if (!name.isEmpty()) {
      s.append(" name=").append(name);
    }
    if (patchType != null) {
      s.append(" patchType=").append(patchType);
    }
    return s.toString();
  }
}
