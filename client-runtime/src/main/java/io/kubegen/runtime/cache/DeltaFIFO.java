package io.kubegen.runtime.cache;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A queue of keys, each with the list of changes ({@link Delta}s) its object went through since it
 * was last popped, as client-go's {@code DeltaFIFO}. A {@link Reflector} feeds it through the
 * {@link Store} methods; one consumer {@link #pop}s whole delta lists, oldest key first.
 *
 * <ul>
 *   <li>Two consecutive deletions of a key collapse into one, keeping the one that is not a
 *       tombstone.
 *   <li>An add for a key that exists (known to the consumer or queued, and not deleted) is queued
 *       as {@link DeltaType#UPDATED}: watches that replay existing objects do not look like
 *       creations.
 *   <li>{@link #replace} queues {@link DeltaType#REPLACED} for every listed object and a
 *       {@link DeletedFinalStateUnknown} deletion for every key the consumer knows ({@code
 *       knownObjects}) or that is queued, but that the list lacks.
 *   <li>{@link #resync} queues {@link DeltaType#SYNC} for every known object whose key has no
 *       pending deltas.
 *   <li>{@link #hasSynced} becomes true once the first {@link #replace} (or any earlier add, update
 *       or delete) has been entirely popped.
 *   <li>The transform runs once per object as it enters the queue; never on tombstones nor on the
 *       consumer's own objects re-queued by a resync.
 * </ul>
 *
 * <p>Concurrency: one lock guards everything, and {@link #pop} runs the consumer's processing under
 * it, so a {@code replace} or {@code resync} never interleaves with the consumer updating the known
 * objects. The processing must therefore be quick and must not call back into the queue.
 */
public final class DeltaFIFO<T> implements Store<T> {

  /** Processes the deltas of one popped key; runs under the queue's lock. */
  @FunctionalInterface
  public interface PopProcessor<T> {
    /**
     * @param deltas the key's deltas, oldest first; never empty
     * @param isInInitialList whether they belong to the first replace batch
     */
    void process(List<Delta<T>> deltas, boolean isInInitialList);
  }

  private final Function<? super T, String> keyFunction;
  private final KeyListerGetter<T> knownObjects;
  private final UnaryOperator<T> transform;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  // Guarded by lock. A key is in queue exactly when it is in items.
  private final Map<String, List<Delta<T>>> items = new HashMap<>();
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private boolean populated;
  private int initialPopulationCount;
  private boolean closed;

  /**
   * @param keyFunction the store key of an object (tombstones are keyed by their own key)
   * @param knownObjects what the consumer already holds, for deletion detection in {@link #replace}
   *     and for {@link #resync}; null if the consumer keeps nothing
   * @param transform applied to each object entering the queue; null for none
   */
  public DeltaFIFO(Function<? super T, String> keyFunction, KeyListerGetter<T> knownObjects, UnaryOperator<T> transform) {
    this.keyFunction = Objects.requireNonNull(keyFunction, "keyFunction");
    this.knownObjects = knownObjects;
    this.transform = transform;
  }

  /** A queue keyed by {@link KeyFunctions#metaNamespaceKey}, without transform. */
  public DeltaFIFO(KeyListerGetter<T> knownObjects) {
    this(KeyFunctions::metaNamespaceKey, knownObjects, null);
  }

  /**
   * Queues an addition; or an update when the object already exists for the consumer (known, or
   * queued and not deleted), as when a watch replays objects the cache has (the fabric8 mock server
   * re-sends ADDED for every object on each new watch).
   */
  @Override
  public void add(T obj) {
    String key = keyOf(obj);
    lock.lock();
    try {
      populated = true;
      queueAction(existsLocked(key) ? DeltaType.UPDATED : DeltaType.ADDED, obj);
    } finally {
      lock.unlock();
    }
  }

  /** Whether the consumer has, or will have once the pending deltas are popped, an object for key. */
  private boolean existsLocked(String key) {
    List<Delta<T>> pending = items.get(key);
    if (pending != null) {
      return pending.get(pending.size() - 1).type() != DeltaType.DELETED;
    }
    return knownObjects != null && knownObjects.getByKey(key) != null;
  }

  @Override
  public void update(T obj) {
    lock.lock();
    try {
      populated = true;
      queueAction(DeltaType.UPDATED, obj);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Queues a deletion, unless the key is neither queued nor known to the consumer (then there is
   * nothing to delete).
   */
  @Override
  public void delete(T obj) {
    String key = keyOf(obj);
    lock.lock();
    try {
      populated = true;
      boolean known = knownObjects != null && knownObjects.getByKey(key) != null;
      if (!known && !items.containsKey(key)) {
        return;
      }
      queueAction(DeltaType.DELETED, obj);
    } finally {
      lock.unlock();
    }
  }

  /** The newest state of each queued object (the last known state for a tombstone). */
  @Override
  public List<T> list() {
    lock.lock();
    try {
      List<T> result = new ArrayList<>(items.size());
      for (List<Delta<T>> deltas : items.values()) {
        T newest = deltas.get(deltas.size() - 1).lastKnownState();
        if (newest != null) {
          result.add(newest);
        }
      }
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** The queued keys, oldest first. */
  @Override
  public List<String> listKeys() {
    lock.lock();
    try {
      return new ArrayList<>(queue);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public T get(T obj) {
    return getByKey(keyOf(obj));
  }

  /** The newest queued state of the key, or null if the key has no pending deltas. */
  @Override
  public T getByKey(String key) {
    lock.lock();
    try {
      List<Delta<T>> deltas = items.get(key);
      return deltas == null ? null : deltas.get(deltas.size() - 1).lastKnownState();
    } finally {
      lock.unlock();
    }
  }

  /** A copy of the pending deltas of a key, oldest first; empty if none. */
  public List<Delta<T>> deltasOf(String key) {
    lock.lock();
    try {
      List<Delta<T>> deltas = items.get(key);
      return deltas == null ? List.of() : List.copyOf(deltas);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void replace(List<T> list, String resourceVersion) {
    lock.lock();
    try {
      Set<String> keys = new HashSet<>();
      for (T obj : list) {
        keys.add(keyOf(obj));
        queueAction(DeltaType.REPLACED, obj);
      }
      int queuedDeletions = 0;
      // Keys the consumer has that the list lacks: deleted while we were not watching.
      Set<String> tombstoned = new HashSet<>();
      if (knownObjects != null) {
        for (String key : knownObjects.listKeys()) {
          if (keys.contains(key)) {
            continue;
          }
          T last = knownObjects.getByKey(key);
          queueAction(DeltaType.DELETED, new DeletedFinalStateUnknown<>(key, last));
          tombstoned.add(key);
          queuedDeletions++;
        }
      }
      // Keys only queued (never popped yet) that the list lacks: without this, a pending add of an
      // object deleted meanwhile would reach the consumer and stay until the next relist.
      for (Map.Entry<String, List<Delta<T>>> e : new ArrayList<>(items.entrySet())) {
        String key = e.getKey();
        if (keys.contains(key) || tombstoned.contains(key)) {
          continue;
        }
        List<Delta<T>> deltas = e.getValue();
        Delta<T> newest = deltas.get(deltas.size() - 1);
        if (newest.type() == DeltaType.DELETED) {
          continue; // Its deletion is already queued.
        }
        queueAction(DeltaType.DELETED, new DeletedFinalStateUnknown<>(key, newest.lastKnownState()));
        queuedDeletions++;
      }
      if (!populated) {
        populated = true;
        initialPopulationCount = keys.size() + queuedDeletions;
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void resync() {
    if (knownObjects == null) {
      return;
    }
    lock.lock();
    try {
      for (String key : knownObjects.listKeys()) {
        T obj = knownObjects.getByKey(key);
        if (obj == null) {
          continue;
        }
        List<Delta<T>> pending = items.get(keyOf(obj));
        if (pending != null && !pending.isEmpty()) {
          continue; // A newer state is on its way; a sync would only repeat an older one.
        }
        queueAction(DeltaType.SYNC, obj);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Blocks until a key is queued, removes it and hands its deltas to {@code processor} under the
   * queue's lock. An exception from the processor propagates; the deltas are not re-queued.
   *
   * @return the popped deltas, or null once the queue is closed
   * @throws InterruptedException if interrupted while waiting
   */
  public List<Delta<T>> pop(PopProcessor<T> processor) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (queue.isEmpty()) {
        if (closed) {
          return null;
        }
        notEmpty.await();
      }
      if (closed) {
        return null;
      }
      String key = queue.removeFirst();
      boolean isInInitialList = !hasSyncedLocked();
      if (initialPopulationCount > 0) {
        initialPopulationCount--;
      }
      List<Delta<T>> deltas = List.copyOf(items.remove(key));
      processor.process(deltas, isInInitialList);
      return deltas;
    } finally {
      lock.unlock();
    }
  }

  /** True once the first batch of objects (the initial list) has been popped. */
  public boolean hasSynced() {
    lock.lock();
    try {
      return hasSyncedLocked();
    } finally {
      lock.unlock();
    }
  }

  /** Wakes blocked {@link #pop} calls, which then return null; idempotent. */
  public void close() {
    lock.lock();
    try {
      closed = true;
      notEmpty.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  private boolean hasSyncedLocked() {
    return populated && initialPopulationCount == 0;
  }

  @SuppressWarnings("unchecked")
  private String keyOf(Object obj) {
    if (obj instanceof DeletedFinalStateUnknown<?> tombstone) {
      return tombstone.key();
    }
    return keyFunction.apply((T) obj);
  }

  @SuppressWarnings("unchecked")
  private void queueAction(DeltaType type, Object obj) {
    String key = keyOf(obj);
    Object stored = obj;
    if (transform != null && type != DeltaType.SYNC && !(obj instanceof DeletedFinalStateUnknown<?>)) {
      stored = Objects.requireNonNull(transform.apply((T) obj), "transform returned null for " + key);
    }
    List<Delta<T>> deltas = items.get(key);
    boolean queued = deltas != null;
    if (deltas == null) {
      deltas = new ArrayList<>(2);
    }
    deltas.add(new Delta<>(type, stored));
    dedupLastTwo(deltas);
    if (!queued) {
      items.put(key, deltas);
      queue.addLast(key);
    }
    notEmpty.signal();
  }

  /** Collapses two trailing deletions into one, preferring the one that is not a tombstone. */
  private static <T> void dedupLastTwo(List<Delta<T>> deltas) {
    int n = deltas.size();
    if (n < 2) {
      return;
    }
    Delta<T> a = deltas.get(n - 2);
    Delta<T> b = deltas.get(n - 1);
    if (a.type() == DeltaType.DELETED && b.type() == DeltaType.DELETED) {
      deltas.remove(n - 1);
      if (!b.isTombstone()) {
        deltas.set(n - 2, b);
      }
    }
  }
}
