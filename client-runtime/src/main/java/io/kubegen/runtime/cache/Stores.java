package io.kubegen.runtime.cache;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Creates thread-safe stores and indexers, as client-go's {@code NewStore} and {@code NewIndexer}. */
public final class Stores {
  private Stores() {}

  /** A store keyed by {@code keyFunction}, without indices. */
  public static <T> Store<T> newStore(Function<? super T, String> keyFunction) {
    return new ThreadSafeIndexer<>(keyFunction, Map.of());
  }

  /** An indexer keyed by {@code keyFunction} with the given index functions. */
  public static <T> Indexer<T> newIndexer(
      Function<? super T, String> keyFunction, Map<String, Function<T, List<String>>> indexers) {
    return new ThreadSafeIndexer<>(keyFunction, indexers);
  }

  /** An indexer keyed by {@link KeyFunctions#metaNamespaceKey} with the given index functions. */
  public static <T> Indexer<T> newIndexer(Map<String, Function<T, List<String>>> indexers) {
    return new ThreadSafeIndexer<>(KeyFunctions::metaNamespaceKey, indexers);
  }
}
