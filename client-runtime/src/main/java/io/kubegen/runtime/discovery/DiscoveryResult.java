package io.kubegen.runtime.discovery;

import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of an aggregate discovery call: the groups, the resource lists of the
 * group-versions that answered, and the error of each group-version that did not (an aggregated
 * API server that is down answers 503, as {@code metrics.k8s.io} often does).
 */
public record DiscoveryResult(
    List<ApiGroup> groups, List<ApiResourceList> resources, Map<GroupVersion, ApiException> failed) {

  public DiscoveryResult {
    groups = groups == null ? List.of() : List.copyOf(groups);
    resources = resources == null ? List.of() : List.copyOf(resources);
    failed = failed == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(failed));
  }

  /** True when every group-version answered. */
  public boolean isComplete() {
    return failed.isEmpty();
  }

  /** This result when complete; else a {@link GroupDiscoveryFailedException} naming what failed. */
  public DiscoveryResult orThrow() {
    if (!failed.isEmpty()) {
      throw new GroupDiscoveryFailedException(failed);
    }
    return this;
  }

  /** The resource list of one group-version, if it answered. */
  public Optional<ApiResourceList> resourcesFor(GroupVersion groupVersion) {
    String gv = groupVersion.apiVersion();
    return resources.stream().filter(r -> gv.equals(r.groupVersion())).findFirst();
  }

  /** Every resource of every list, each with its subresources. */
  public List<DiscoveredResource> discoveredResources() {
    List<DiscoveredResource> all = new ArrayList<>();
    resources.forEach(r -> all.addAll(r.topLevel()));
    return all;
  }
}
