package io.kubegen.runtime.discovery;

import io.kubegen.runtime.rest.ApiException;
import io.kubegen.runtime.scheme.GroupVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Some group-versions could not be discovered, as client-go's {@code ErrGroupDiscoveryFailed}.
 * The code, Status and reason are those of the first failure; {@link #failed()} has them all.
 */
public final class GroupDiscoveryFailedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final transient Map<GroupVersion, ApiException> failed;

  GroupDiscoveryFailedException(Map<GroupVersion, ApiException> failed) {
    this(Collections.unmodifiableMap(new LinkedHashMap<>(failed)), first(failed));
  }

  private GroupDiscoveryFailedException(Map<GroupVersion, ApiException> failed, ApiException first) {
    super(message(failed), first.code(), first.status().deepCopy().withMessage(message(failed)), null, first);
    this.failed = failed;
  }

  /** Each group-version that failed, with its error, in the order they were asked. */
  public Map<GroupVersion, ApiException> failed() {
    return failed;
  }

  private static ApiException first(Map<GroupVersion, ApiException> failed) {
    if (failed.isEmpty()) {
      throw new IllegalArgumentException("no group-version failed");
    }
    return failed.values().iterator().next();
  }

  private static String message(Map<GroupVersion, ApiException> failed) {
    return failed.entrySet().stream()
        .map(e -> e.getKey().apiVersion() + ": " + e.getValue().getMessage())
        .collect(Collectors.joining(", ", "unable to retrieve the complete list of server APIs: ", ""));
  }
}
