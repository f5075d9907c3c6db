package io.kubegen.runtime.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The {@link Indexer} behind {@link Stores}: items by key plus, per index, value → keys, as
 * client-go's {@code threadSafeMap} wrapped by {@code cache}.
 *
 * <p>Concurrency: one read-write lock guards items and indices together, so a reader never sees an
 * item without its index entries. Index values of an object are computed before anything is
 * changed, so a failing index function leaves the store as it was. Index functions and the key
 * function run under the lock and must not call back into the store.
 */
final class ThreadSafeIndexer<T> implements Indexer<T> {
  private final Function<? super T, String> keyFunction;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  // Guarded by lock.
  private final Map<String, T> items = new HashMap<>();
  private final Map<String, Function<T, List<String>>> indexers = new LinkedHashMap<>();
  private final Map<String, Map<String, Set<String>>> indices = new HashMap<>();

  ThreadSafeIndexer(Function<? super T, String> keyFunction, Map<String, Function<T, List<String>>> indexers) {
    this.keyFunction = Objects.requireNonNull(keyFunction, "keyFunction");
    indexers.forEach((name, fn) -> this.indexers.put(
        Objects.requireNonNull(name, "index name"), Objects.requireNonNull(fn, "index function " + name)));
  }

  @Override
  public void add(T obj) {
    update(obj);
  }

  @Override
  public void update(T obj) {
    String key = keyFunction.apply(obj);
    lock.writeLock().lock();
    try {
      Map<String, List<String>> newValues = indexValues(obj, key);
      T old = items.put(key, obj);
      updateIndices(old, newValues, key);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void delete(T obj) {
    String key = keyFunction.apply(obj);
    lock.writeLock().lock();
    try {
      T old = items.remove(key);
      if (old != null) {
        updateIndices(old, null, key);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<T> list() {
    lock.readLock().lock();
    try {
      return new ArrayList<>(items.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<String> listKeys() {
    lock.readLock().lock();
    try {
      return new ArrayList<>(items.keySet());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public T get(T obj) {
    return getByKey(keyFunction.apply(obj));
  }

  @Override
  public T getByKey(String key) {
    lock.readLock().lock();
    try {
      return items.get(key);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void replace(List<T> list, String resourceVersion) {
    Map<String, T> newItems = new HashMap<>();
    for (T obj : list) {
      newItems.put(keyFunction.apply(obj), obj);
    }
    lock.writeLock().lock();
    try {
      Map<String, Map<String, List<String>>> valuesByKey = new HashMap<>();
      for (Map.Entry<String, T> e : newItems.entrySet()) {
        valuesByKey.put(e.getKey(), indexValues(e.getValue(), e.getKey()));
      }
      items.clear();
      items.putAll(newItems);
      indices.clear();
      valuesByKey.forEach((key, values) -> updateIndices(null, values, key));
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void resync() {
    // Nothing to re-deliver: a plain store has no consumer.
  }

  @Override
  public List<T> index(String indexName, T obj) {
    lock.readLock().lock();
    try {
      Function<T, List<String>> fn = indexFunction(indexName);
      Map<String, Set<String>> index = indices.getOrDefault(indexName, Map.of());
      Set<String> keys = new LinkedHashSet<>();
      for (String value : fn.apply(obj)) {
        keys.addAll(index.getOrDefault(value, Set.of()));
      }
      return itemsOf(keys);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<String> indexKeys(String indexName, String indexedValue) {
    lock.readLock().lock();
    try {
      indexFunction(indexName);
      return new ArrayList<>(indices.getOrDefault(indexName, Map.of()).getOrDefault(indexedValue, Set.of()));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<String> listIndexFuncValues(String indexName) {
    lock.readLock().lock();
    try {
      return new ArrayList<>(indices.getOrDefault(indexName, Map.of()).keySet());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<T> byIndex(String indexName, String indexedValue) {
    lock.readLock().lock();
    try {
      indexFunction(indexName);
      return itemsOf(indices.getOrDefault(indexName, Map.of()).getOrDefault(indexedValue, Set.of()));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Map<String, Function<T, List<String>>> getIndexers() {
    lock.readLock().lock();
    try {
      return Map.copyOf(indexers);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void addIndexers(Map<String, Function<T, List<String>>> newIndexers) {
    lock.writeLock().lock();
    try {
      if (!items.isEmpty()) {
        throw new IllegalStateException("cannot add indexers to an indexer that already holds "
            + items.size() + " objects");
      }
      Set<String> conflicts = new HashSet<>(newIndexers.keySet());
      conflicts.retainAll(indexers.keySet());
      if (!conflicts.isEmpty()) {
        throw new IllegalArgumentException("indexer conflict: " + new java.util.TreeSet<>(conflicts));
      }
      newIndexers.forEach((name, fn) -> indexers.put(name, Objects.requireNonNull(fn, "index function " + name)));
    } finally {
      lock.writeLock().unlock();
    }
  }

  private Function<T, List<String>> indexFunction(String indexName) {
    Function<T, List<String>> fn = indexers.get(indexName);
    if (fn == null) {
      throw new IllegalArgumentException("index with name " + indexName + " does not exist");
    }
    return fn;
  }

  private List<T> itemsOf(Collection<String> keys) {
    List<T> result = new ArrayList<>(keys.size());
    for (String key : keys) {
      T item = items.get(key);
      if (item != null) {
        result.add(item);
      }
    }
    return result;
  }

  /** Every index's values for obj, computed before any change so a failure changes nothing. */
  private Map<String, List<String>> indexValues(T obj, String key) {
    Map<String, List<String>> values = new HashMap<>();
    for (Map.Entry<String, Function<T, List<String>>> e : indexers.entrySet()) {
      List<String> v;
      try {
        v = e.getValue().apply(obj);
      } catch (RuntimeException ex) {
        throw new IllegalArgumentException("index function " + e.getKey() + " failed for " + key + ": " + ex, ex);
      }
      values.put(e.getKey(), v == null ? List.of() : v);
    }
    return values;
  }

  /** Moves key from old's index values to the new ones; newValues null means deletion. */
  private void updateIndices(T old, Map<String, List<String>> newValues, String key) {
    for (Map.Entry<String, Function<T, List<String>>> e : indexers.entrySet()) {
      String name = e.getKey();
      List<String> oldValues = old == null ? List.of() : safeValues(e.getValue(), old);
      List<String> nextValues = newValues == null ? List.of() : newValues.get(name);
      if (oldValues.equals(nextValues)) {
        continue;
      }
      Map<String, Set<String>> index = indices.computeIfAbsent(name, n -> new HashMap<>());
      for (String value : oldValues) {
        Set<String> keys = index.get(value);
        if (keys != null) {
          keys.remove(key);
          if (keys.isEmpty()) {
            index.remove(value); // Keep listIndexFuncValues free of values with no objects.
          }
        }
      }
      for (String value : nextValues) {
        index.computeIfAbsent(value, v -> new HashSet<>()).add(key);
      }
    }
  }

  /** Values of an object already stored: its function succeeded when it was added. */
  private List<String> safeValues(Function<T, List<String>> fn, T obj) {
    try {
      List<String> v = fn.apply(obj);
      return v == null ? List.of() : v;
    } catch (RuntimeException ex) {
      return List.of();
    }
  }
}
