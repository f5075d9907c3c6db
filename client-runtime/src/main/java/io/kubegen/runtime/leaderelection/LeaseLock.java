package io.kubegen.runtime.leaderelection;

import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.rest.ResourceClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link ResourceLock} on a coordination.k8s.io/v1 {@link Lease}, as client-go's
 * {@code resourcelock.LeaseLock}: the record is the Lease's spec, and updates carry the
 * resourceVersion of the Lease last read or written, so a stale update fails with a Conflict.
 * Thread-safe, though an elector uses it from one thread.
 */
public final class LeaseLock implements ResourceLock {
  private final ResourceClient<Lease, LeaseList> client;
  private final String namespace;
  private final String name;
  private final Map<String, String> labels;
  /** The Lease last read or written; guarded by this. */
  private Lease lease;

  /**
   * @param client a client for Leases; it is bound to {@code namespace}
   * @param namespace the Lease's namespace
   * @param name the Lease's name
   */
  public LeaseLock(ResourceClient<Lease, LeaseList> client, String namespace, String name) {
    this(client, namespace, name, Map.of());
  }

  /** As {@link #LeaseLock(ResourceClient, String, String)}, with labels put on a Lease this lock creates. */
  public LeaseLock(ResourceClient<Lease, LeaseList> client, String namespace, String name, Map<String, String> labels) {
    this.namespace = requireNonEmpty(namespace, "namespace");
    this.name = requireNonEmpty(name, "name");
    this.client = Objects.requireNonNull(client, "client").inNamespace(namespace);
    this.labels = Map.copyOf(labels);
  }

  @Override
  public synchronized LeaderElectionRecord get() {
    lease = client.get(name);
    return LeaderElectionRecord.fromLeaseSpec(lease.getSpec());
  }

  @Override
  public synchronized void create(LeaderElectionRecord record) {
    ObjectMeta metadata = new ObjectMeta().withNamespace(namespace).withName(name);
    if (!labels.isEmpty()) {
      metadata.setLabels(new LinkedHashMap<>(labels));
    }
    lease = client.create(new Lease().withMetadata(metadata).withSpec(record.toLeaseSpec()));
  }

  @Override
  public synchronized void update(LeaderElectionRecord record) {
    if (lease == null) {
      throw new IllegalStateException("lease " + describe() + " not initialized: call get or create first");
    }
    Lease updated = lease.deepCopy().withSpec(record.toLeaseSpec());
    lease = client.update(updated);
  }

  @Override
  public String describe() {
    return namespace + "/" + name;
  }

  @Override
  public String toString() {
    return "LeaseLock{" + describe() + "}";
  }

  private static String requireNonEmpty(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value;
  }
}
