package io.kubegen.runtime.cache;

import java.util.Objects;

/**
 * One change to an object, as a {@link DeltaFIFO} queues it. For {@link DeltaType#DELETED} the
 * object may be a {@link DeletedFinalStateUnknown} instead of a {@code T}; for every other type it is
 * a {@code T}.
 *
 * @param type what happened
 * @param object the object after the change: a {@code T}, or a tombstone for a deletion
 */
public record Delta<T>(DeltaType type, Object object) {

  public Delta {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(object, "object");
  }

  /** Whether the object is a {@link DeletedFinalStateUnknown}. */
  public boolean isTombstone() {
    return object instanceof DeletedFinalStateUnknown<?>;
  }

  /** The object, or the last known state a tombstone carries (possibly null). */
  @SuppressWarnings("unchecked")
  public T lastKnownState() {
    if (object instanceof DeletedFinalStateUnknown<?> tombstone) {
      return (T) tombstone.obj();
    }
    return (T) object;
  }
}
