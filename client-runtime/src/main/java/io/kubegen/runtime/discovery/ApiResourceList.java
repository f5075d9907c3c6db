package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kubegen.runtime.scheme.GroupVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of one group-version, as {@code /api/v1} or {@code /apis/<group>/<version>}
 * answers them ({@code metav1.APIResourceList}): resources and subresources in one flat list;
 * {@link #topLevel()} groups the subresources under their resource.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiResourceList(
    String kind,
    String apiVersion,
    String groupVersion,
    @JsonProperty("resources") List<ApiResource> resources) {

  public ApiResourceList {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /** A list of these resources for {@code groupVersion}, as discovery builds it. */
  public static ApiResourceList of(GroupVersion groupVersion, List<ApiResource> resources) {
    return new ApiResourceList("APIResourceList", "v1", groupVersion.apiVersion(), resources);
  }

  /** The parsed group-version. */
  public GroupVersion toGroupVersion() {
    return GroupVersion.parse(groupVersion);
  }

  /** The entry named exactly {@code name} ({@code deployments} or {@code deployments/status}). */
  public Optional<ApiResource> find(String name) {
    return resources.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The subresources of {@code resource}, by subresource name ({@code status}, {@code scale}), in order. */
  public Map<String, ApiResource> subresourcesOf(String resource) {
    Map<String, ApiResource> subresources = new LinkedHashMap<>();
    for (ApiResource r : resources) {
      if (r.isSubresource() && r.parentResource().equals(resource)) {
        subresources.put(r.subresourceName(), r);
      }
    }
    return subresources;
  }

  /**
   * The resources (no slash in the name), each with its subresources, in the server's order.
   * A subresource whose resource is not listed is left out.
   */
  public List<DiscoveredResource> topLevel() {
    GroupVersion gv = toGroupVersion();
    List<DiscoveredResource> result = new ArrayList<>();
    for (ApiResource r : resources) {
      if (!r.isSubresource()) {
        result.add(new DiscoveredResource(gv, r, subresourcesOf(r.name())));
      }
    }
    return result;
  }
}
