package io.kubegen.runtime.cache;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link Store} that also maintains named indices, as client-go's {@code cache.Indexer}. An index
 * function maps an object to the values it is indexed under (an object may have several); see
 * {@link Indexers} for the built-in {@code namespace} index.
 *
 * <p>Thread-safe; every read returns a snapshot.
 */
public interface Indexer<T> extends Store<T> {

  /**
   * The objects sharing at least one value of the index {@code indexName} with {@code obj}.
   *
   * @throws IllegalArgumentException if there is no such index
   */
  List<T> index(String indexName, T obj);

  /**
   * The keys of the objects indexed under {@code indexedValue}.
   *
   * @throws IllegalArgumentException if there is no such index
   */
  List<String> indexKeys(String indexName, String indexedValue);

  /** The values present in the index {@code indexName}; empty if there is no such index. */
  List<String> listIndexFuncValues(String indexName);

  /**
   * The objects indexed under {@code indexedValue}.
   *
   * @throws IllegalArgumentException if there is no such index
   */
  List<T> byIndex(String indexName, String indexedValue);

  /** The index functions by name. */
  Map<String, Function<T, List<String>>> getIndexers();

  /**
   * Adds index functions. Allowed only while the indexer is empty, as in client-go.
   *
   * @throws IllegalArgumentException if a name is already taken
   * @throws IllegalStateException if the indexer already holds objects
   */
  void addIndexers(Map<String, Function<T, List<String>>> newIndexers);
}
