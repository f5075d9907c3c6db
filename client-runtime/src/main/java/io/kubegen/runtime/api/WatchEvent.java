package io.kubegen.runtime.api;

import java.util.Objects;

/**
 * One event of a watch. For {@link Type#ERROR} the object is null and {@link #status()} says what
 * went wrong (a 410 Expired there means: relist); for {@link Type#BOOKMARK} the object carries
 * only {@code metadata.resourceVersion} (and annotations).
 */
public record WatchEvent<T>(Type type, T object, Status status) {

  public enum Type {
    ADDED,
    MODIFIED,
    DELETED,
    BOOKMARK,
    ERROR
  }

  public WatchEvent {
    Objects.requireNonNull(type, "type");
    if (type == Type.ERROR) {
      Objects.requireNonNull(status, "an ERROR event needs a status");
    }
  }

  public static <T> WatchEvent<T> of(Type type, T object) {
    return new WatchEvent<>(type, object, null);
  }

  public static <T> WatchEvent<T> error(Status status) {
    return new WatchEvent<>(Type.ERROR, null, status);
  }
}
