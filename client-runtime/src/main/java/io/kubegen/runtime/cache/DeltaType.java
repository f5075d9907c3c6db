package io.kubegen.runtime.cache;

/** What happened to an object, as recorded by a {@link DeltaFIFO}. */
public enum DeltaType {
  /** Seen for the first time by a watch. */
  ADDED,
  /** Changed, as a watch reported. */
  UPDATED,
  /** Deleted; the object is the last state or a {@link DeletedFinalStateUnknown}. */
  DELETED,
  /** Present in a (re)list: the watch broke and the object was listed again. */
  REPLACED,
  /** A periodic resync re-delivered the object the consumer already has. */
  SYNC
}
