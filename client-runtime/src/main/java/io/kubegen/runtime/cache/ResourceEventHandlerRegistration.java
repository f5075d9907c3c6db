package io.kubegen.runtime.cache;

/**
 * The handle of one handler added to a {@link SharedIndexInformer}, for {@link
 * SharedIndexInformer#removeEventHandler} and for waiting until that handler has caught up.
 */
public interface ResourceEventHandlerRegistration {

  /**
   * True once the informer has synced and this handler has processed every add of the initial list
   * (or, for a handler added late, the synthetic adds of the objects present then).
   */
  boolean hasSynced();
}
