package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.WatchEvent;

/**
 * An open watch: a stream of typed events that the caller pulls. {@link #close()} may be called
 * from any thread and unblocks a pending {@link #next()}.
 *
 * <p>Contract, as client-go's watch.Interface: a failure reported by the server arrives as an
 * {@link WatchEvent.Type#ERROR} event carrying its Status (a 410 Expired means relist); an event
 * that cannot be decoded also arrives as an ERROR event; when the stream ends, normally or because
 * the connection broke, {@link #next()} returns null and the caller watches again from the last
 * resourceVersion it saw.
 */
public interface Watch<T> extends AutoCloseable {

  /**
   * Blocks until the next event; null once the stream has ended or the watch was closed.
   *
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  WatchEvent<T> next() throws InterruptedException;

  /** Stops the watch and releases its connection; idempotent and thread-safe. */
  @Override
  void close();
}
