package io.kubegen.runtime.cache;

import static org.junit.jupiter.api.Assertions.fail;

import io.kubegen.runtime.fixtures.ConfigMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A store that records each call as text ({@code add ns/a@5}, {@code replace@7 [ns/a, ns/b]}) and
 * keeps the objects in an indexer, for reflector tests.
 */
final class RecordingStore implements Store<ConfigMap> {
  private final Indexer<ConfigMap> delegate = Stores.newIndexer(Map.of());
  private final List<String> calls = new ArrayList<>();

  private synchronized void record(String call) {
    calls.add(call);
    notifyAll();
  }

  private static String describe(ConfigMap obj) {
    return KeyFunctions.metaNamespaceKey(obj) + "@" + obj.getMetadata().getResourceVersion();
  }

  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /** Waits a few seconds at most until {@code count} calls have been recorded. */
  synchronized List<String> awaitCalls(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (calls.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        fail("expected " + count + " store calls, saw " + calls);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return List.copyOf(calls);
  }

  @Override
  public void add(ConfigMap obj) {
    delegate.add(obj);
    record("add " + describe(obj));
  }

  @Override
  public void update(ConfigMap obj) {
    delegate.update(obj);
    record("update " + describe(obj));
  }

  @Override
  public void delete(ConfigMap obj) {
    delegate.delete(obj);
    record("delete " + describe(obj));
  }

  @Override
  public List<ConfigMap> list() {
    return delegate.list();
  }

  @Override
  public List<String> listKeys() {
    return delegate.listKeys();
  }

  @Override
  public ConfigMap get(ConfigMap obj) {
    return delegate.get(obj);
  }

  @Override
  public ConfigMap getByKey(String key) {
    return delegate.getByKey(key);
  }

  @Override
  public void replace(List<ConfigMap> list, String resourceVersion) {
    delegate.replace(list, resourceVersion);
    record("replace@" + resourceVersion + " " + list.stream().map(KeyFunctions::metaNamespaceKey).sorted().toList());
  }

  @Override
  public void resync() {
    record("resync");
  }
}
