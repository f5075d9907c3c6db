package io.kubegen.runtime.workqueue;

import java.util.Optional;

/**
 * A work queue with client-go's {@code workqueue.TypedInterface} guarantees, which controllers are
 * written against:
 *
 * <ul>
 *   <li>Fair: items are handed out in the order they were added.
 *   <li>Stingy: an item added several times before a worker takes it is processed once.
 *   <li>One worker at a time: an item is never handed to a second worker before the first calls
 *       {@link #done}; an item added while it is being processed is queued again when {@code done}
 *       is called, so the change is never lost.
 *   <li>Adds after {@link #shutDown} are ignored; items already queued are still handed out.
 * </ul>
 *
 * <p>Items are compared with {@code equals}/{@code hashCode} (typically a {@code namespace/name}
 * key) and must not be null. All methods are thread-safe; {@link #get} and {@link
 * #shutDownWithDrain} block. A plain work queue starts no thread.
 *
 * <p>The usual worker loop:
 *
 * <pre>{@code
 * for (Optional<String> key; (key = queue.get()).isPresent(); ) {
 *   try {
 *     reconcile(key.get());
 *   } finally {
 *     queue.done(key.get());
 *   }
 * }
 * }</pre>
 */
public interface WorkQueue<T> extends AutoCloseable {

  /** A queue on the system clock, unnamed and without metrics. */
  static <T> WorkQueue<T> create() {
    return create(QueueConfig.defaults());
  }

  /** A queue as configured; it starts no thread. */
  static <T> WorkQueue<T> create(QueueConfig<T> config) {
    return new BasicWorkQueue<>(config);
  }

  /** Marks the item as needing processing; ignored after shutdown and while already queued. */
  void add(T item);

  /**
   * Blocks until an item can be processed and takes it; the caller must call {@link #done} with it
   * when finished. Empty once the queue is shutting down and has no item left.
   *
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  Optional<T> get() throws InterruptedException;

  /**
   * Marks the item as processed; if it was added again meanwhile, it is queued again. Ignored for
   * an item that is not being processed.
   */
  void done(T item);

  /** The number of items waiting to be taken (not counting those being processed). */
  int len();

  /** Ignores new items and makes {@link #get} return empty once the queued items are taken. Does not block. */
  void shutDown();

  /**
   * Like {@link #shutDown}, then blocks until every item being processed has been marked {@link
   * #done}. A concurrent {@link #shutDown} ends the wait.
   *
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  void shutDownWithDrain() throws InterruptedException;

  /** True once {@link #shutDown} or {@link #shutDownWithDrain} has been called. */
  boolean shuttingDown();

  /** {@link #shutDown()}. */
  @Override
  default void close() {
    shutDown();
  }
}
