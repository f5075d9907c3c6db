package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.kubegen.runtime.scheme.GroupVersion;

/** One version of a group as discovery lists it: {@code {"groupVersion":"apps/v1","version":"v1"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupVersionForDiscovery(String groupVersion, String version) {

  /** The parsed group-version. */
  public GroupVersion toGroupVersion() {
    return GroupVersion.parse(groupVersion);
  }
}
