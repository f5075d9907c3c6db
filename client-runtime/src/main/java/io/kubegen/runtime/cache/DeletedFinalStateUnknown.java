package io.kubegen.runtime.cache;

import java.util.Objects;

/**
 * The tombstone for an object that was deleted while the watch was down: a relist no longer
 * contains it, so the deletion itself was never seen and the object's final state is unknown.
 * {@code obj} is the last state this client knew (it may be stale), {@code key} its store key.
 * {@link DeltaFIFO#replace} produces these, as client-go's {@code DeletedFinalStateUnknown}.
 *
 * @param key the store key of the vanished object
 * @param obj the last known state; null only if no state was known for the key
 */
public record DeletedFinalStateUnknown<T>(String key, T obj) {

  public DeletedFinalStateUnknown {
    Objects.requireNonNull(key, "key");
  }
}
