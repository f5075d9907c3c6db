package io.kubegen.runtime.discovery;

import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupResource;
import io.kubegen.runtime.scheme.GroupVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The aggregate discovery views, built on any {@link Discovery} (so fakes get them too). */
final class PreferredResources {
  private PreferredResources() {}

  static DiscoveryResult groupsAndResources(Discovery discovery) {
    ApiGroupList groups = discovery.serverGroups();
    List<ApiResourceList> resources = new ArrayList<>();
    Map<GroupVersion, ApiException> failed = new LinkedHashMap<>();
    for (ApiGroup group : groups.groups()) {
      for (GroupVersion gv : group.groupVersions()) {
        try {
          ApiResourceList list = discovery.serverResourcesForGroupVersion(gv);
          boolean named = list.groupVersion() != null && !list.groupVersion().isEmpty();
          resources.add(named ? list : ApiResourceList.of(gv, list.resources()));
        } catch (ApiException e) {
          failed.put(gv, e);
        }
      }
    }
    return new DiscoveryResult(groups.groups(), resources, failed);
  }

  /** client-go's choice: the preferred version wins; else the first version that serves it. */
  static DiscoveryResult preferred(DiscoveryResult all, boolean namespacedOnly) {
    Map<String, ApiResourceList> byGroupVersion = new HashMap<>();
    all.resources().forEach(r -> byGroupVersion.put(r.groupVersion(), r));

    Map<GroupResource, GroupVersion> chosen = new HashMap<>();
    for (ApiGroup group : all.groups()) {
      GroupVersion preferred = group.preferredGroupVersion();
      for (GroupVersion gv : group.groupVersions()) {
        ApiResourceList list = byGroupVersion.get(gv.apiVersion());
        if (list == null) {
          continue;
        }
        for (ApiResource r : list.resources()) {
          if (r.isSubresource()) {
            continue;
          }
          GroupResource gr = new GroupResource(group.name(), r.name());
          if (!chosen.containsKey(gr) || gv.equals(preferred)) {
            chosen.put(gr, gv);
          }
        }
      }
    }

    List<ApiResourceList> result = new ArrayList<>();
    for (ApiGroup group : all.groups()) {
      for (GroupVersion gv : group.groupVersions()) {
        ApiResourceList list = byGroupVersion.get(gv.apiVersion());
        if (list == null) {
          continue;
        }
        List<ApiResource> kept = new ArrayList<>();
        for (ApiResource r : list.resources()) {
          if (!r.isSubresource() && gv.equals(chosen.get(new GroupResource(group.name(), r.name())))
              && (!namespacedOnly || r.namespaced())) {
            kept.add(r);
          }
        }
        if (!kept.isEmpty()) {
          result.add(ApiResourceList.of(gv, kept));
        }
      }
    }
    return new DiscoveryResult(all.groups(), result, all.failed());
  }
}
