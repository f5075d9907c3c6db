package io.kubegen.runtime.cache;

/**
 * Told about changes to an informer's objects, as client-go's {@code ResourceEventHandler}. Every
 * method has an empty default, so a handler implements only what it needs.
 *
 * <p>Each handler registered with a {@link SharedIndexInformer} is called from its own thread, one
 * notification at a time, in the order the informer saw the changes; a slow handler delays only
 * itself. An exception thrown here is logged and dropped. Objects are the informer's cached
 * instances: never mutate them.
 */
public interface ResourceEventHandler<T> {

  /**
   * An object entered the cache, or was already there when this handler was added.
   *
   * @param isInInitialList true for objects of the informer's first list, and for the synthetic adds
   *     a handler gets for the objects present when it was added
   */
  default void onAdd(T obj, boolean isInInitialList) {}

  /**
   * An object changed. Also called with {@code oldObj} and {@code newObj} of the same
   * resourceVersion on a periodic resync (often the very same instance), for handlers that asked for
   * one; handlers that did not are not told about same-version changes (such as a watch replaying an
   * object the cache already has).
   */
  default void onUpdate(T oldObj, T newObj) {}

  /**
   * An object left the cache.
   *
   * @param obj the object as deleted, or, when {@code finalStateUnknown}, the last state this
   *     informer knew
   * @param finalStateUnknown true when the deletion was not seen but inferred from a relist that no
   *     longer has the object (a {@link DeletedFinalStateUnknown} tombstone): {@code obj} may be
   *     stale
   */
  default void onDelete(T obj, boolean finalStateUnknown) {}
}
