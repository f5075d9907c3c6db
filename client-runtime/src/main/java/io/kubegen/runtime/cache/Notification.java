package io.kubegen.runtime.cache;

/**
 * One call to make on a handler, as buffered by a {@link ProcessorListener}.
 *
 * @param flag {@code isInInitialList} for an add, {@code finalStateUnknown} for a delete
 */
record Notification<T>(Kind kind, T oldObj, T newObj, boolean flag) {

  enum Kind {
    ADD,
    UPDATE,
    DELETE
  }

  static <T> Notification<T> add(T obj, boolean isInInitialList) {
    return new Notification<>(Kind.ADD, null, obj, isInInitialList);
  }

  static <T> Notification<T> update(T oldObj, T newObj) {
    return new Notification<>(Kind.UPDATE, oldObj, newObj, false);
  }

  static <T> Notification<T> delete(T obj, boolean finalStateUnknown) {
    return new Notification<>(Kind.DELETE, null, obj, finalStateUnknown);
  }

  boolean isInitialAdd() {
    return kind == Kind.ADD && flag;
  }

  void deliverTo(ResourceEventHandler<T> handler) {
    switch (kind) {
      case ADD -> handler.onAdd(newObj, flag);
      case UPDATE -> handler.onUpdate(oldObj, newObj);
      case DELETE -> handler.onDelete(newObj, flag);
      default -> throw new IllegalStateException("unknown notification kind " + kind);
    }
  }
}
