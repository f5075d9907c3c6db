package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.WatchEvent;
import io.kubegen.runtime.fixtures.ConfigMap;
import io.kubegen.runtime.rest.Watch;
import java.util.concurrent.LinkedBlockingQueue;

/** A watch whose events the test pushes; {@link #end} ends the stream as a server closing it would. */
public final class ScriptedWatch implements Watch<ConfigMap> {
  private static final Object END = new Object();

  private final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
  private volatile boolean closed;

  public ScriptedWatch added(ConfigMap obj) {
    events.add(WatchEvent.of(WatchEvent.Type.ADDED, obj));
    return this;
  }

  public ScriptedWatch modified(ConfigMap obj) {
    events.add(WatchEvent.of(WatchEvent.Type.MODIFIED, obj));
    return this;
  }

  public ScriptedWatch deleted(ConfigMap obj) {
    events.add(WatchEvent.of(WatchEvent.Type.DELETED, obj));
    return this;
  }

  /** A BOOKMARK: an object with only a resourceVersion. */
  public ScriptedWatch bookmark(String resourceVersion) {
    ConfigMap marker = new ConfigMap();
    marker.setMetadata(new ObjectMeta().withResourceVersion(resourceVersion));
    events.add(WatchEvent.of(WatchEvent.Type.BOOKMARK, marker));
    return this;
  }

  public ScriptedWatch error(Status status) {
    events.add(WatchEvent.error(status));
    return this;
  }

  /** The ERROR event a kube-apiserver sends when the resourceVersion is too old. */
  public ScriptedWatch expired() {
    return error(new Status().withKind("Status").withApiVersion("v1").withStatus("Failure").withCode(410)
        .withReason("Expired").withMessage("too old resource version: 1 (100)"));
  }

  /** The server closes the stream. */
  public ScriptedWatch end() {
    events.add(END);
    return this;
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  @SuppressWarnings("unchecked")
  public WatchEvent<ConfigMap> next() throws InterruptedException {
    if (closed) {
      return null;
    }
    Object next = events.take();
    if (next == END || closed) {
      events.add(END);
      return null;
    }
    return (WatchEvent<ConfigMap>) next;
  }

  @Override
  public void close() {
    closed = true;
    events.add(END);
  }
}
