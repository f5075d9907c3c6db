package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.ListMeta;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.fixtures.ConfigMapList;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link ResourceClient} for ConfigMaps that records the namespace and options of list and watch
 * calls and answers with an empty list and a {@link ScriptedWatch}; other verbs are unsupported.
 */
final class FakeConfigMapClient implements ResourceClient<ConfigMap, ConfigMapList> {
  /** One list or watch call: which verb, the namespace the client was bound to, the options. */
  record Call(String verb, String namespace, ListOptions options) {}

  private final String namespace;
  private final List<Call> calls;

  FakeConfigMapClient() {
    this(null, new ArrayList<>());
  }

  private FakeConfigMapClient(String namespace, List<Call> calls) {
    this.namespace = namespace;
    this.calls = calls;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public GroupVersionResource resource() {
    return new GroupVersionResource("", "v1", "configmaps");
  }

  @Override
  public boolean isNamespaced() {
    return true;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public ResourceClient<ConfigMap, ConfigMapList> inNamespace(String namespace) {
    return new FakeConfigMapClient(namespace, calls);
  }

  @Override
  public ResourceClient<ConfigMap, ConfigMapList> inAnyNamespace() {
    return new FakeConfigMapClient(null, calls);
  }

  @Override
  public ConfigMapList list(ListOptions options) {
    calls.add(new Call("list", namespace, options));
    ConfigMapList list = new ConfigMapList();
    ListMeta meta = new ListMeta();
    meta.setResourceVersion("1");
    list.setMetadata(meta);
    return list;
  }

  @Override
  public Watch<ConfigMap> watch(ListOptions options) {
    calls.add(new Call("watch", namespace, options));
    return new ScriptedWatch();
  }

  @Override
  public ConfigMap get(String name, GetOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConfigMap create(ConfigMap object, CreateOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConfigMap update(ConfigMap object, UpdateOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConfigMap updateStatus(ConfigMap object, UpdateOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConfigMap patch(String name, PatchType type, String patch, PatchOptions options, String... subresources) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConfigMap apply(ConfigMap object, ApplyOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConfigMap applyStatus(ConfigMap object, ApplyOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scale getScale(String name, GetOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scale updateScale(String name, Scale scale, UpdateOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <R> R getSubresource(String name, String subresource, Map<String, String> query, Class<R> resultType) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <R> R createSubresource(String name, String subresource, Object body, CreateOptions options, Class<R> resultType) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <R> R updateSubresource(String name, String subresource, Object body, UpdateOptions options, Class<R> resultType) {
    throw new UnsupportedOperationException();
  }
}
