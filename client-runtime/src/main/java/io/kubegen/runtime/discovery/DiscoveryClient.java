package io.kubegen.runtime.discovery;

import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.RestClient;
import io.kubegen.runtime.rest.RestConfig;
import io.kubegen.runtime.scheme.GroupVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link Discovery} over HTTP, as client-go's {@code discovery.DiscoveryClient}, reading the
 * classic (unaggregated) documents: {@code /version}, {@code /api}, {@code /apis},
 * {@code /api/v1} and {@code /apis/<group>/<version>}. No caching: every call asks the server.
 * Thread-safe; shares its {@link RestClient}.
 */
public final class DiscoveryClient implements Discovery {
  private final RestClient client;

  private DiscoveryClient(RestClient client) {
    this.client = client;
  }

  public static DiscoveryClient create(RestClient client) {
    return new DiscoveryClient(Objects.requireNonNull(client, "client"));
  }

  public static DiscoveryClient create(RestConfig config) {
    return create(RestClient.create(Objects.requireNonNull(config, "config")));
  }

  public RestClient restClient() {
    return client;
  }

  @Override
  public VersionInfo serverVersion() {
    return client.get().absPath("version").execute(VersionInfo.class);
  }

  @Override
  public ApiGroupList serverGroups() {
    // As client-go: a server that does not serve /api or /apis (404), or does not let us see it
    // (403), simply has no groups there.
    ApiVersions core = absentIfNotServed(() -> client.get().absPath("api").execute(ApiVersions.class));
    ApiGroupList apis = absentIfNotServed(() -> client.get().absPath("apis").execute(ApiGroupList.class));
    List<ApiGroup> groups = new ArrayList<>();
    if (core != null && !core.versions().isEmpty()) {
      List<GroupVersionForDiscovery> versions = core.versions().stream()
          .map(v -> new GroupVersionForDiscovery(v, v))
          .toList();
      groups.add(new ApiGroup("", versions, versions.get(0), core.serverAddressByClientCidrs()));
    }
    if (apis != null) {
      groups.addAll(apis.groups());
    }
    return new ApiGroupList("APIGroupList", "v1", groups);
  }

  @Override
  public ApiResourceList serverResourcesForGroupVersion(GroupVersion groupVersion) {
    Objects.requireNonNull(groupVersion, "groupVersion");
    ApiResourceList list;
    try {
      list = client.get().groupVersion(groupVersion).execute(ApiResourceList.class);
    } catch (ApiException e) {
      // As client-go, for servers that predate discovery of the core group.
      if (groupVersion.isCore() && groupVersion.version().equals("v1")
          && (e.isNotFound() || e.isForbidden())) {
        return ApiResourceList.of(groupVersion, List.of());
      }
      throw e;
    }
    if (list == null) {
      return ApiResourceList.of(groupVersion, List.of());
    }
    if (list.groupVersion() == null || list.groupVersion().isEmpty()) {
      return new ApiResourceList(list.kind(), list.apiVersion(), groupVersion.apiVersion(), list.resources());
    }
    return list;
  }

  @Override
  public String toString() {
    return "DiscoveryClient{" + client + "}";
  }

  private static <R> R absentIfNotServed(Supplier<R> call) {
    try {
      return call.get();
    } catch (ApiException e) {
      if (e.isNotFound() || e.isForbidden()) {
        return null;
      }
      throw e;
    }
  }
}
