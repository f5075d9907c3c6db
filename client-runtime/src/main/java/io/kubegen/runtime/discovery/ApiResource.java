package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.kubegen.runtime.scheme.GroupVersion;
import io.kubegen.runtime.scheme.GroupVersionKind;
import java.util.List;

/**
 * One resource of a group-version as discovery lists it, as {@code metav1.APIResource}. A name
 * with a slash is a subresource of the resource before it ({@code deployments/status},
 * {@code pods/log}). {@code group} and {@code version}, when set, name the group-version of the
 * kind when it differs from the list's ({@code deployments/scale} is {@code autoscaling/v1 Scale}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResource(
    String name,
    String singularName,
    boolean namespaced,
    String group,
    String version,
    String kind,
    List<String> verbs,
    List<String> shortNames,
    List<String> categories,
    String storageVersionHash) {

  public ApiResource {
    name = name == null ? "" : name;
    verbs = verbs == null ? List.of() : List.copyOf(verbs);
    shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** True for a subresource: a name with a slash. */
  public boolean isSubresource() {
    return name.indexOf('/') >= 0;
  }

  /** The resource this belongs to: the name up to the first slash (the whole name for a resource). */
  public String parentResource() {
    int slash = name.indexOf('/');
    return slash < 0 ? name : name.substring(0, slash);
  }

  /** The subresource part of the name ({@code status} of {@code deployments/status}); "" for a resource. */
  public String subresourceName() {
    int slash = name.indexOf('/');
    return slash < 0 ? "" : name.substring(slash + 1);
  }

  public boolean hasVerb(String verb) {
    return verbs.contains(verb);
  }

  /** The kind's group-version-kind, given the group-version of the list this came from. */
  public GroupVersionKind groupVersionKind(GroupVersion listGroupVersion) {
    String g = group != null && !group.isEmpty() ? group : listGroupVersion.group();
    String v = version != null && !version.isEmpty() ? version : listGroupVersion.version();
    return new GroupVersionKind(g, v, kind == null ? "" : kind);
  }
}
