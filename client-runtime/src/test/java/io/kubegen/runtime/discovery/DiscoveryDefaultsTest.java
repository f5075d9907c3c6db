package io.kubegen.runtime.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aggregate views are built on the three basic calls, so an in-memory Discovery gets them too. */
class DiscoveryDefaultsTest {
  private static final GroupVersion WIDGETS_V1 = new GroupVersion("example.com", "v1");
  private static final GroupVersion WIDGETS_V2 = new GroupVersion("example.com", "v2");

  private static ApiResource resource(String name, boolean namespaced) {
    return new ApiResource(name, "", namespaced, null, null, "K", List.of("get"), null, null, null);
  }

  /** v2 is preferred but listed second; v1 fails with a 403 the first time. */
  private static Discovery fake(Map<GroupVersion, ApiResourceList> lists) {
    return new Discovery() {
      @Override
      public VersionInfo serverVersion() {
        return new VersionInfo("1", "30", "v1.30.0", null, null, null, null, null, null);
      }

      @Override
      public ApiGroupList serverGroups() {
        return new ApiGroupList(null, null, List.of(new ApiGroup("example.com",
            List.of(new GroupVersionForDiscovery("example.com/v1", "v1"),
                new GroupVersionForDiscovery("example.com/v2", "v2")),
            new GroupVersionForDiscovery("example.com/v2", "v2"), null)));
      }

      @Override
      public ApiResourceList serverResourcesForGroupVersion(GroupVersion gv) {
        ApiResourceList list = lists.get(gv);
        if (list == null) {
          Status status = new Status().withStatus("Failure").withReason("Forbidden").withCode(403);
          throw new ApiException("forbidden: " + gv, 403, status);
        }
        return list;
      }
    };
  }

  @Test
  void aListWithoutItsGroupVersionIsNamedAfterTheRequest() {
    Discovery discovery = fake(Map.of(
        WIDGETS_V1, new ApiResourceList(null, null, null, List.of(resource("widgets", true), resource("gadgets", false))),
        WIDGETS_V2, new ApiResourceList(null, null, "", List.of(resource("widgets", true), resource("widgets/status", true)))));
    DiscoveryResult all = discovery.serverGroupsAndResources();
    assertEquals(List.of("example.com/v1", "example.com/v2"),
        all.resources().stream().map(ApiResourceList::groupVersion).toList());

    DiscoveryResult preferred = discovery.serverPreferredResources();
    assertEquals(List.of("gadgets"), names(preferred.resourcesFor(WIDGETS_V1).orElseThrow()),
        "widgets moved to the preferred v2; gadgets stay in v1, the only version serving them");
    assertEquals(List.of("widgets"), names(preferred.resourcesFor(WIDGETS_V2).orElseThrow()));

    DiscoveryResult namespaced = discovery.serverPreferredNamespacedResources();
    assertEquals(List.of("example.com/v2"), namespaced.resources().stream().map(ApiResourceList::groupVersion).toList());
    assertSame(namespaced, namespaced.orThrow());
  }

  @Test
  void aFailedVersionLeavesTheOthersAndIsNamed() {
    Discovery discovery = fake(Map.of(
        WIDGETS_V2, ApiResourceList.of(WIDGETS_V2, List.of(resource("widgets", true)))));
    DiscoveryResult preferred = discovery.serverPreferredResources();
    assertEquals(List.of(WIDGETS_V1), List.copyOf(preferred.failed().keySet()));
    assertEquals(403, preferred.failed().get(WIDGETS_V1).code());
    assertEquals(List.of("widgets"), names(preferred.resourcesFor(WIDGETS_V2).orElseThrow()));
    GroupDiscoveryFailedException e = assertThrows(GroupDiscoveryFailedException.class, preferred::orThrow);
    assertEquals(403, e.code());
    assertEquals("unable to retrieve the complete list of server APIs: example.com/v1: forbidden: example.com/v1",
        e.getMessage());
  }

  private static List<String> names(ApiResourceList list) {
    return list.resources().stream().map(ApiResource::name).toList();
  }
}
