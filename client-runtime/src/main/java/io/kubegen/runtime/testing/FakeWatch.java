package io.kubegen.runtime.testing;

import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.rest.Watch;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Watch} fed by the test or by the object tracker, as Go's {@code watch.FakeWatcher} but
 * with an unbounded queue: senders never block and nothing is dropped, however slow the reader.
 *
 * <p>Thread-safe: any thread may send, {@link #stop()} or {@link #close()} while another blocks
 * in {@link #next()}. After {@link #stop()} the reader drains what was sent, then gets null;
 * after {@link #close()} it gets null at once and later sends are ignored.
 */
public final class FakeWatch<T> implements Watch<T> {
  private static final Object END = new Object();

  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final Runnable onClose;

  public FakeWatch() {
    this(() -> {});
  }

  /** @param onClose run once, on the first {@link #close()} */
  FakeWatch(Runnable onClose) {
    this.onClose = Objects.requireNonNull(onClose, "onClose");
  }

  /** Queues an event; ignored once the watch is closed or stopped. */
  public void send(WatchEvent<T> event) {
    Objects.requireNonNull(event, "event");
    if (!closed.get() && !stopped.get()) {
      queue.add(event);
    }
  }

  public void add(T object) {
    send(WatchEvent.of(WatchEvent.Type.ADDED, object));
  }

  public void modify(T object) {
    send(WatchEvent.of(WatchEvent.Type.MODIFIED, object));
  }

  public void delete(T object) {
    send(WatchEvent.of(WatchEvent.Type.DELETED, object));
  }

  public void error(Status status) {
    send(WatchEvent.error(status));
  }

  /** Ends the stream as a server would: queued events are still delivered, then null. */
  public void stop() {
    if (stopped.compareAndSet(false, true)) {
      queue.add(END);
    }
  }

  /** Whether {@link #close()} was called (by the reader or anyone else). */
  public boolean isClosed() {
    return closed.get();
  }

  /** Events queued and not yet read. */
  public int pending() {
    return (int) queue.stream().filter(e -> e != END).count();
  }

  @Override
  @SuppressWarnings("unchecked")
  public WatchEvent<T> next() throws InterruptedException {
    if (closed.get()) {
      return null;
    }
    Object item = queue.take();
    if (item == END || closed.get()) {
      queue.add(END); // later calls also end
      return null;
    }
    return (WatchEvent<T>) item;
  }

  /** As {@link #next()}, giving up after the timeout with null; for tests. */
  @SuppressWarnings("unchecked")
  public WatchEvent<T> poll(long timeout, TimeUnit unit) throws InterruptedException {
    if (closed.get()) {
      return null;
    }
    Object item = queue.poll(timeout, unit);
    if (item == END) {
      queue.add(END);
      return null;
    }
    return (WatchEvent<T>) item;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      queue.clear();
      queue.add(END);
      onClose.run();
    }
  }
}
