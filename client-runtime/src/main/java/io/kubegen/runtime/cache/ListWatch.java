package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.rest.ResourceClient;
import io.kubegen.runtime.rest.Watch;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A {@link ListerWatcher} from two functions, usually those of a {@link ResourceClient}, with an
 * optional tweak of the options (label and field selectors) applied to both calls alike, as
 * client-go's {@code NewFilteredListWatchFromClient}.
 */
public final class ListWatch<T extends KubernetesObject, L extends KubernetesListObject<T>>
    implements ListerWatcher<T, L> {
  private final Function<ListOptions, L> listFunction;
  private final Function<ListOptions, Watch<T>> watchFunction;
  private final UnaryOperator<ListOptions> tweak;

  private ListWatch(Function<ListOptions, L> listFunction, Function<ListOptions, Watch<T>> watchFunction,
      UnaryOperator<ListOptions> tweak) {
    this.listFunction = Objects.requireNonNull(listFunction, "listFunction");
    this.watchFunction = Objects.requireNonNull(watchFunction, "watchFunction");
    this.tweak = tweak == null ? UnaryOperator.identity() : tweak;
  }

  /** Lists and watches everything the client sees (its namespace, or all namespaces if unbound). */
  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> ListWatch<T, L> of(
      ResourceClient<T, L> client) {
    return of(client, null);
  }

  /**
   * Lists and watches what the client sees, with {@code tweak} applied to the options of both
   * calls.
   *
   * @param tweak sets selectors (and anything else) on the options the reflector built; null for
   *     none. It must not change resourceVersion, limit, continue or timeoutSeconds.
   */
  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> ListWatch<T, L> of(
      ResourceClient<T, L> client, UnaryOperator<ListOptions> tweak) {
    Objects.requireNonNull(client, "client");
    return new ListWatch<>(client::list, client::watch, tweak);
  }

  /**
   * Lists and watches one namespace, or all namespaces when {@code namespace} is null or empty; a
   * cluster-scoped client ignores the namespace. This is what generated informers use.
   */
  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> ListWatch<T, L> of(
      ResourceClient<T, L> client, String namespace, UnaryOperator<ListOptions> tweak) {
    Objects.requireNonNull(client, "client");
    ResourceClient<T, L> scoped = client;
    if (client.isNamespaced()) {
      scoped = namespace == null || namespace.isEmpty() ? client.inAnyNamespace() : client.inNamespace(namespace);
    }
    return of(scoped, tweak);
  }

  /** From plain functions, for sources that are not a {@link ResourceClient}. */
  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> ListWatch<T, L> of(
      Function<ListOptions, L> listFunction, Function<ListOptions, Watch<T>> watchFunction) {
    return new ListWatch<>(listFunction, watchFunction, null);
  }

  /** Field selector shorthand: {@code tweak} setting {@code fieldSelector}. */
  public static UnaryOperator<ListOptions> withFieldSelector(String fieldSelector) {
    return options -> options.toBuilder().fieldSelector(fieldSelector).build();
  }

  /** Label selector shorthand: {@code tweak} setting {@code labelSelector}. */
  public static UnaryOperator<ListOptions> withLabelSelector(String labelSelector) {
    return options -> options.toBuilder().labelSelector(labelSelector).build();
  }

  @Override
  public L list(ListOptions options) {
    return listFunction.apply(tweak.apply(options));
  }

  @Override
  public Watch<T> watch(ListOptions options) {
    return watchFunction.apply(tweak.apply(options));
  }
}
