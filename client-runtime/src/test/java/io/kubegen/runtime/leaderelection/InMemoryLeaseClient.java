package io.kubegen.runtime.leaderelection;

import io.kubegen.runtime.api.ApplyOptions;
import io.kubegen.runtime.api.CreateOptions;
import io.kubegen.runtime.api.DeleteOptions;
import io.kubegen.runtime.api.GetOptions;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.PatchOptions;
import io.kubegen.runtime.api.Scale;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.UpdateOptions;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.PatchType;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.Watch;
import io.kubegen.runtime.scheme.GroupVersionResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link ResourceClient} for Leases over an in-memory {@link Store}, with the API server's
 * optimistic concurrency: create fails with AlreadyExists, get and update with NotFound, and an
 * update whose resourceVersion is not the stored one with Conflict. Only get, create and update
 * are supported. Each client made by {@link Store#connect()} can be cut off ({@link #setDown}) to
 * simulate a candidate that cannot reach the server.
 */
final class InMemoryLeaseClient implements ResourceClient<Lease, LeaseList> {

  /** The server side: Leases by {@code namespace/name}. Thread-safe. */
  static final class Store {
    private final Map<String, Lease> leases = new HashMap<>();
    private final List<Lease> writes = new ArrayList<>();
    private long resourceVersion;

    /** A client of this store, not bound to a namespace, with its own connection. */
    InMemoryLeaseClient connect() {
      return new InMemoryLeaseClient(this, null, new AtomicBoolean());
    }

    synchronized Lease lease(String namespace, String name) {
      Lease lease = leases.get(namespace + "/" + name);
      return lease == null ? null : lease.deepCopy();
    }

    /** Every successful create and update, in order. */
    synchronized List<Lease> writes() {
      List<Lease> copy = new ArrayList<>();
      for (Lease lease : writes) {
        copy.add(lease.deepCopy());
      }
      return copy;
    }

    synchronized Lease get(String namespace, String name) {
      Lease lease = leases.get(namespace + "/" + name);
      if (lease == null) {
        throw error(404, "NotFound", "leases \"" + name + "\" not found");
      }
      return lease.deepCopy();
    }

    synchronized Lease create(String namespace, Lease lease) {
      String name = lease.getMetadata().getName();
      if (leases.containsKey(namespace + "/" + name)) {
        throw error(409, "AlreadyExists", "leases \"" + name + "\" already exists");
      }
      Lease stored = lease.deepCopy();
      stored.getMetadata().setNamespace(namespace);
      stored.getMetadata().setUid(UUID.randomUUID().toString());
      return store(namespace, stored);
    }

    synchronized Lease update(String namespace, Lease lease) {
      String name = lease.getMetadata().getName();
      Lease existing = leases.get(namespace + "/" + name);
      if (existing == null) {
        throw error(404, "NotFound", "leases \"" + name + "\" not found");
      }
      String expected = lease.getMetadata().getResourceVersion();
      if (expected != null && !expected.equals(existing.getMetadata().getResourceVersion())) {
        throw error(409, "Conflict", "Operation cannot be fulfilled on leases \"" + name
            + "\": the object has been modified; please apply your changes to the latest version and try again");
      }
      Lease stored = lease.deepCopy();
      stored.getMetadata().setUid(existing.getMetadata().getUid());
      return store(namespace, stored);
    }

    private Lease store(String namespace, Lease stored) {
      stored.getMetadata().setResourceVersion(Long.toString(++resourceVersion));
      leases.put(namespace + "/" + stored.getMetadata().getName(), stored);
      writes.add(stored.deepCopy());
      return stored.deepCopy();
    }
  }

  private final Store store;
  private final String namespace;
  private final AtomicBoolean down;

  private InMemoryLeaseClient(Store store, String namespace, AtomicBoolean down) {
    this.store = store;
    this.namespace = namespace;
    this.down = down;
  }

  /** Cuts this client, and those bound from it, off from the store (or reconnects them). */
  void setDown(boolean isDown) {
    down.set(isDown);
  }

  static ApiException error(int code, String reason, String message) {
    Status status = new Status().withKind("Status").withApiVersion("v1").withStatus("Failure")
        .withCode(code).withReason(reason).withMessage(message);
    return new ApiException(message, code, status);
  }

  private String namespaceIfReachable() {
    if (down.get()) {
      throw new ApiException("connection refused", 0, new Status().withStatus("Failure").withMessage("connection refused"));
    }
    if (namespace == null) {
      throw new IllegalStateException("Leases are namespaced: bind the client with inNamespace");
    }
    return namespace;
  }

  @Override
  public GroupVersionResource resource() {
    return Lease.RESOURCE;
  }

  @Override
  public boolean isNamespaced() {
    return true;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public ResourceClient<Lease, LeaseList> inNamespace(String namespace) {
    return new InMemoryLeaseClient(store, namespace, down);
  }

  @Override
  public ResourceClient<Lease, LeaseList> inAnyNamespace() {
    return new InMemoryLeaseClient(store, null, down);
  }

  @Override
  public Lease get(String name, GetOptions options) {
    return store.get(namespaceIfReachable(), name);
  }

  @Override
  public Lease create(Lease object, CreateOptions options) {
    String ns = namespaceIfReachable();
    ObjectMeta meta = object.getMetadata();
    if (meta.getNamespace() != null && !meta.getNamespace().equals(ns)) {
      throw error(400, "BadRequest", "the namespace of the object does not match the namespace on the request");
    }
    return store.create(ns, object);
  }

  @Override
  public Lease update(Lease object, UpdateOptions options) {
    return store.update(namespaceIfReachable(), object);
  }

  @Override
  public LeaseList list(ListOptions options) {
    throw new UnsupportedOperationException("list");
  }

  @Override
  public Watch<Lease> watch(ListOptions options) {
    throw new UnsupportedOperationException("watch");
  }

  @Override
  public Lease updateStatus(Lease object, UpdateOptions options) {
    throw new UnsupportedOperationException("updateStatus");
  }

  @Override
  public void delete(String name, DeleteOptions options) {
    throw new UnsupportedOperationException("delete");
  }

  @Override
  public void deleteCollection(DeleteOptions deleteOptions, ListOptions listOptions) {
    throw new UnsupportedOperationException("deleteCollection");
  }

  @Override
  public Lease patch(String name, PatchType type, String patch, PatchOptions options, String... subresources) {
    throw new UnsupportedOperationException("patch");
  }

  @Override
  public Lease apply(Lease object, ApplyOptions options) {
    throw new UnsupportedOperationException("apply");
  }

  @Override
  public Lease applyStatus(Lease object, ApplyOptions options) {
    throw new UnsupportedOperationException("applyStatus");
  }

  @Override
  public Scale getScale(String name, GetOptions options) {
    throw new UnsupportedOperationException("getScale");
  }

  @Override
  public Scale updateScale(String name, Scale scale, UpdateOptions options) {
    throw new UnsupportedOperationException("updateScale");
  }

  @Override
  public <R> R getSubresource(String name, String subresource, Map<String, String> query, Class<R> resultType) {
    throw new UnsupportedOperationException("getSubresource");
  }

  @Override
  public <R> R createSubresource(String name, String subresource, Object body, CreateOptions options, Class<R> resultType) {
    throw new UnsupportedOperationException("createSubresource");
  }

  @Override
  public <R> R updateSubresource(String name, String subresource, Object body, UpdateOptions options, Class<R> resultType) {
    throw new UnsupportedOperationException("updateSubresource");
  }
}
