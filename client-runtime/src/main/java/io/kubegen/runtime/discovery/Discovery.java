package io.kubegen.runtime.discovery;

import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupVersion;

/**
 * What the API server serves, as client-go's {@code discovery.DiscoveryInterface}: its version,
 * its groups and the resources of each group-version. {@link DiscoveryClient} asks the server; a
 * fake needs only the three abstract methods, the aggregate views are built on them.
 *
 * <p>Every failure is an {@link ApiException}; the aggregate views report the group-versions that
 * failed in their result instead of failing as a whole.
 */
public interface Discovery {

  /** The server's version ({@code /version}). */
  VersionInfo serverVersion();

  /**
   * The API groups with their versions and preferred version: the core group (from {@code /api})
   * first, when the server serves it, then the groups of {@code /apis} in the server's order.
   */
  ApiGroupList serverGroups();

  /** The resources and subresources of one group-version ({@code /api/v1}, {@code /apis/g/v}). */
  ApiResourceList serverResourcesForGroupVersion(GroupVersion groupVersion);

  /** The same for an apiVersion text such as {@code v1} or {@code apps/v1}. */
  default ApiResourceList serverResourcesForGroupVersion(String groupVersion) {
    return serverResourcesForGroupVersion(GroupVersion.parse(groupVersion));
  }

  /**
   * The groups and the resources of every version of every group. A group-version that fails is
   * named in {@link DiscoveryResult#failed()} with its error; the others are still returned (as
   * client-go's {@code ErrGroupDiscoveryFailed} with a partial result). Only a failure to list the
   * groups fails the call.
   */
  default DiscoveryResult serverGroupsAndResources() {
    return PreferredResources.groupsAndResources(this);
  }

  /**
   * For each resource, the group-version it is preferred in: the group's preferred version when
   * it serves the resource, else the first version (in the server's order) that does. One list per
   * group-version, without subresources and without empty lists; failed group-versions as in
   * {@link #serverGroupsAndResources()}.
   */
  default DiscoveryResult serverPreferredResources() {
    return PreferredResources.preferred(serverGroupsAndResources(), false);
  }

  /** {@link #serverPreferredResources()} restricted to namespaced resources. */
  default DiscoveryResult serverPreferredNamespacedResources() {
    return PreferredResources.preferred(serverGroupsAndResources(), true);
  }
}
