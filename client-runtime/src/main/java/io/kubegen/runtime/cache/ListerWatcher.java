package io.kubegen.runtime.cache;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import io.kubegen.runtime.rest.Watch;

/**
 * The one seam between the cache and a source of objects, as client-go's {@code ListerWatcher}:
 * a list and a watch with the same selection. {@link ListWatch#of} builds one over a {@code
 * ResourceClient}, HTTP or fake.
 *
 * <p>Both methods are called from the reflector's thread only, but may be interrupted (the thread
 * is interrupted on stop). Failures are {@code ApiException}s; a code of 0 means no connection.
 */
public interface ListerWatcher<T extends KubernetesObject, L extends KubernetesListObject<T>> {

  /** Lists with these options (resourceVersion, limit, continue are set by the reflector). */
  L list(ListOptions options);

  /** Watches with these options (resourceVersion, timeoutSeconds, bookmarks set by the reflector). */
  Watch<T> watch(ListOptions options);
}
