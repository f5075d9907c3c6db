package io.kubegen.runtime.cache;

import java.util.List;

/**
 * A keyed collection of objects, as client-go's {@code cache.Store}: the key of an object comes
 * from the store's key function ({@link KeyFunctions#metaNamespaceKey} by default).
 *
 * <p>Implementations are thread-safe. Objects handed out are the stored instances, not copies:
 * callers must not mutate them.
 */
public interface Store<T> extends KeyListerGetter<T> {

  /** Adds the object, replacing any object with the same key. */
  void add(T obj);

  /** Stores the object under its key, whether or not one was there. */
  void update(T obj);

  /** Removes the object with the same key as {@code obj}; absent keys are ignored. */
  void delete(T obj);

  /** A snapshot of all objects, in no particular order. */
  List<T> list();

  /** The stored object with the same key as {@code obj}, or null. */
  T get(T obj);

  /**
   * Replaces the whole content with {@code list}, which is the state at {@code resourceVersion}.
   */
  void replace(List<T> list, String resourceVersion);

  /**
   * Asks the store to re-deliver its content to whoever consumes it; meaningful for queues such as
   * {@link DeltaFIFO}, a no-op for plain stores.
   */
  void resync();
}
