package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.ResourceClientFactory;
import io.kubegen.runtime.scheme.GroupVersionResource;
import io.kubegen.runtime.scheme.Scheme;

/**
 * TEST STUB, not the runtime's fake: the smallest class with the contract the generated
 * FakeClientset is written against (see ClientsetRuntime), so the generator's tests compile and
 * run the fake clientset before client-runtime has its {@code testing} package. Delete this file
 * and its siblings here once client-runtime provides {@code io.kubegen.runtime.testing.Fake}.
 */
public final class Fake implements ResourceClientFactory {
  private final ObjectTracker tracker;

  private Fake(ObjectTracker tracker) {
    this.tracker = tracker;
  }

  public static Fake create(Scheme scheme, KubernetesObject... objects) {
    ObjectTracker tracker = new ObjectTracker(scheme);
    for (KubernetesObject o : objects) {
      tracker.add(o);
    }
    return new Fake(tracker);
  }

  public ObjectTracker tracker() {
    return tracker;
  }

  @Override
  public <T extends KubernetesObject, L extends KubernetesListObject<T>> ResourceClient<T, L> resourceClient(
      GroupVersionResource resource, boolean namespaced, Class<T> type, Class<L> listType) {
    return new StubResourceClient<>(tracker, resource, namespaced, type, listType, null);
  }
}
