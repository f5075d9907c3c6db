package io.kubegen.runtime.cache;

import java.util.List;

/**
 * What a {@link DeltaFIFO} needs to know about the objects its consumer already has: their keys and
 * their current state. Every {@link Store} is one.
 */
public interface KeyListerGetter<T> {

  /** A snapshot of the keys. */
  List<String> listKeys();

  /** The object stored under {@code key}, or null. */
  T getByKey(String key);
}
