package io.kubegen.generator.emit;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.LabelSelector;
import io.kubegen.runtime.api.ListMeta;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.ResourceClientFactory;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory {@link ResourceClientFactory} for running generated informers: objects are added by
 * the test, list answers with what matches (namespace and label selector), watches replay the adds
 * after the resourceVersion they start from and then stream new ones. Records every list and
 * watch call. Other verbs are unsupported. Thread-safe.
 */
public final class InformerFakeClients implements ResourceClientFactory {
  /** One list or watch call: the resource, the namespace the client was bound to, the options. */
  public record Call(String verb, GroupVersionResource resource, String namespace,
      ListOptions options) {}

  private record Event(long resourceVersion, GroupVersionResource resource, KubernetesObject object) {}

  private final Object lock = new Object();
  // Guarded by lock.
  private final List<Event> log = new ArrayList<>();
  private final List<FakeWatch> watches = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();

  /** Adds an object (giving it the next resourceVersion) and tells the open watches. */
  public void add(GroupVersionResource resource, KubernetesObject object) {
    synchronized (lock) {
      long rv = log.size() + 1;
      object.getMetadata().setResourceVersion(Long.toString(rv));
      Event e = new Event(rv, resource, object);
      log.add(e);
      for (FakeWatch w : watches) {
        w.offer(e);
      }
    }
  }

  public List<Call> calls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  @Override
  public <T extends KubernetesObject, L extends KubernetesListObject<T>> ResourceClient<T, L> resourceClient(
      GroupVersionResource resource, boolean namespaced, Class<T> type, Class<L> listType) {
    return new Client<>(resource, namespaced, null, type, listType);
  }

  private static boolean matches(Event e, GroupVersionResource resource, String namespace,
      ListOptions options) {
    ObjectMeta meta = e.object().getMetadata();
    if (!e.resource().equals(resource)) {
      return false;
    }
    if (namespace != null && !namespace.equals(meta.getNamespace())) {
      return false;
    }
    String selector = options.labelSelector();
    Map<String, String> labels = meta.getLabels() == null ? Map.of() : meta.getLabels();
    return selector == null || LabelSelector.parse(selector).matches(labels);
  }

  /** A watch over the fake's events for one resource, namespace and selector. */
  private final class FakeWatch implements Watch<KubernetesObject> {
    private final Object end = new Object();
    private final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final GroupVersionResource resource;
    private final String namespace;
    private final ListOptions options;
    private volatile boolean closed;

    FakeWatch(GroupVersionResource resource, String namespace, ListOptions options) {
      this.resource = resource;
      this.namespace = namespace;
      this.options = options;
    }

    void offer(Event e) {
      if (matches(e, resource, namespace, options)) {
        events.add(WatchEvent.of(WatchEvent.Type.ADDED, e.object()));
      }
    }

    @Override
    public WatchEvent<KubernetesObject> next() throws InterruptedException {
      Object next = closed ? end : events.take();
      if (next == end) {
        events.add(end);
        return null;
      }
      @SuppressWarnings("unchecked")
      WatchEvent<KubernetesObject> event = (WatchEvent<KubernetesObject>) next;
      return event;
    }

    @Override
    public void close() {
      closed = true;
      events.add(end);
      synchronized (lock) {
        watches.remove(this);
      }
    }
  }

  private final class Client<T extends KubernetesObject, L extends KubernetesListObject<T>>
      implements ResourceClient<T, L> {
    private final GroupVersionResource resource;
    private final boolean namespaced;
    private final String namespace;
    private final Class<T> type;
    private final Class<L> listType;

    Client(GroupVersionResource resource, boolean namespaced, String namespace, Class<T> type,
        Class<L> listType) {
      this.resource = resource;
      this.namespaced = namespaced;
      this.namespace = namespace;
      this.type = type;
      this.listType = listType;
    }

    @Override
    public GroupVersionResource resource() {
      return resource;
    }

    @Override
    public boolean isNamespaced() {
      return namespaced;
    }

    @Override
    public String namespace() {
      return namespace;
    }

    @Override
    public ResourceClient<T, L> inNamespace(String namespace) {
      if (!namespaced) {
        throw new IllegalStateException(resource + " is cluster-scoped");
      }
      return new Client<>(resource, true, namespace, type, listType);
    }

    @Override
    public ResourceClient<T, L> inAnyNamespace() {
      return new Client<>(resource, namespaced, null, type, listType);
    }

    @Override
    public L list(ListOptions options) {
      L list;
      try {
        list = listType.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      List<T> items = new ArrayList<>();
      synchronized (lock) {
        calls.add(new Call("list", resource, namespace, options));
        for (Event e : log) {
          if (matches(e, resource, namespace, options)) {
            items.add(type.cast(e.object()));
          }
        }
        ListMeta meta = new ListMeta();
        meta.setResourceVersion(Long.toString(log.size()));
        list.setMetadata(meta);
      }
      list.setItems(items);
      return list;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Watch<T> watch(ListOptions options) {
      FakeWatch watch = new FakeWatch(resource, namespace, options);
      long from = options.resourceVersion() == null || options.resourceVersion().isEmpty()
          ? 0 : Long.parseLong(options.resourceVersion());
      synchronized (lock) {
        calls.add(new Call("watch", resource, namespace, options));
        for (Event e : log) {
          if (e.resourceVersion() > from) {
            watch.offer(e);
          }
        }
        watches.add(watch);
      }
      // The fake's events hold objects of the resource's own class, so the cast is sound.
      return (Watch<T>) (Watch<?>) watch;
    }

    @Override
    public T get(String name, GetOptions options) {
      throw unsupported();
    }

    @Override
    public T create(T object, CreateOptions options) {
      throw unsupported();
    }

    @Override
    public T update(T object, UpdateOptions options) {
      throw unsupported();
    }

    @Override
    public T updateStatus(T object, UpdateOptions options) {
      throw unsupported();
    }

    @Override
    public void delete(String name, DeleteOptions options) {
      throw unsupported();
    }

    @Override
    public void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions) {
      throw unsupported();
    }

    @Override
    public T patch(String name, PatchType type, String patch, PatchOptions options,
        String... subresources) {
      throw unsupported();
    }

    @Override
    public T apply(T object, ApplyOptions options) {
      throw unsupported();
    }

    @Override
    public T applyStatus(T object, ApplyOptions options) {
      throw unsupported();
    }

    @Override
    public Scale getScale(String name, GetOptions options) {
      throw unsupported();
    }

    @Override
    public Scale updateScale(String name, Scale scale, UpdateOptions options) {
      throw unsupported();
    }

    @Override
    public <R> R getSubresource(String name, String subresource, Map<String, String> query,
        Class<R> resultType) {
      throw unsupported();
    }

    @Override
    public <R> R createSubresource(String name, String subresource, Object body,
        CreateOptions options, Class<R> resultType) {
      throw unsupported();
    }

    @Override
    public <R> R updateSubresource(String name, String subresource, Object body,
        UpdateOptions options, Class<R> resultType) {
      throw unsupported();
    }

    private UnsupportedOperationException unsupported() {
      return new UnsupportedOperationException("the informer fake only lists and watches");
    }
  }
}
