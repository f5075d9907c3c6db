package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;
import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.api.StatusDetails;
import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.rest.StatusReason;
import io.kubegen.runtime.scheme.GroupResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What generated listers delegate to, as client-go's {@code ListAll} and {@code
 * ListAllByNamespace}: walk a cache, keep the objects whose labels match, hand them to a consumer.
 * Label matching is a predicate over the object's labels (never null, possibly empty).
 */
public final class Listers {
  private static final Predicate<Map<String, String>> EVERYTHING = labels -> true;

  private Listers() {}

  /** Matches every object. */
  public static Predicate<Map<String, String>> everything() {
    return EVERYTHING;
  }

  /** Gives {@code consumer} every object of {@code store} whose labels match. */
  public static <T extends KubernetesObject> void listAll(
      Store<T> store, Predicate<? super Map<String, String>> selector, Consumer<? super T> consumer) {
    Objects.requireNonNull(selector, "selector");
    for (T obj : store.list()) {
      if (selector == EVERYTHING || selector.test(labelsOf(obj))) {
        consumer.accept(obj);
      }
    }
  }

  /**
   * Gives {@code consumer} every object of one namespace whose labels match; all namespaces when
   * {@code namespace} is null or empty. Uses the {@link Indexers#NAMESPACE} index when the indexer
   * has it, else scans.
   */
  public static <T extends KubernetesObject> void listAllByNamespace(Indexer<T> indexer, String namespace,
      Predicate<? super Map<String, String>> selector, Consumer<? super T> consumer) {
    Objects.requireNonNull(selector, "selector");
    if (namespace == null || namespace.isEmpty()) {
      listAll(indexer, selector, consumer);
      return;
    }
    List<T> candidates;
    boolean indexed = indexer.getIndexers().containsKey(Indexers.NAMESPACE);
    candidates = indexed ? indexer.byIndex(Indexers.NAMESPACE, namespace) : indexer.list();
    for (T obj : candidates) {
      if (!indexed && !namespace.equals(namespaceOf(obj))) {
        continue;
      }
      if (selector == EVERYTHING || selector.test(labelsOf(obj))) {
        consumer.accept(obj);
      }
    }
  }

  /**
   * The NotFound error a lister's {@code get} throws: code 404, reason NotFound, message {@code
   * pods "x" not found}, as client-go's {@code errors.NewNotFound}.
   */
  public static ApiException notFound(GroupResource resource, String name) {
    String message = resource + " \"" + name + "\" not found";
    Status status = new Status()
        .withApiVersion("v1")
        .withKind("Status")
        .withStatus("Failure")
        .withCode(404)
        .withReason(StatusReason.NOT_FOUND.wireName())
        .withMessage(message)
        .withDetails(new StatusDetails().withName(name).withGroup(resource.group()).withKind(resource.resource()));
    return new ApiException(message, 404, status);
  }

  private static Map<String, String> labelsOf(KubernetesObject obj) {
    ObjectMeta meta = obj.getMetadata();
    return meta == null || meta.getLabels() == null ? Map.of() : meta.getLabels();
  }

  private static String namespaceOf(KubernetesObject obj) {
    ObjectMeta meta = obj.getMetadata();
    return meta == null || meta.getNamespace() == null ? "" : meta.getNamespace();
  }
}
