package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kubegen.runtime.scheme.GroupVersion;
import java.util.List;

/**
 * One API group as discovery lists it, as {@code metav1.APIGroup}: its name ({@code ""} for the
 * core group), the versions served (most preferred first, as the server orders them) and the
 * version the server prefers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiGroup(
    String name,
    List<GroupVersionForDiscovery> versions,
    GroupVersionForDiscovery preferredVersion,
    @JsonProperty("serverAddressByClientCIDRs") List<ServerAddressByClientCidr> serverAddressByClientCidrs) {

  public ApiGroup {
    name = name == null ? "" : name;
    versions = versions == null ? List.of() : List.copyOf(versions);
    serverAddressByClientCidrs = serverAddressByClientCidrs == null ? List.of() : List.copyOf(serverAddressByClientCidrs);
  }

  /** The group-versions served, in the server's order. */
  public List<GroupVersion> groupVersions() {
    return versions.stream().map(v -> new GroupVersion(name, v.version())).toList();
  }

  /** The preferred group-version: the server's choice, else the first version listed; null if none. */
  public GroupVersion preferredGroupVersion() {
    if (preferredVersion != null && preferredVersion.version() != null && !preferredVersion.version().isEmpty()) {
      return new GroupVersion(name, preferredVersion.version());
    }
    return versions.isEmpty() ? null : new GroupVersion(name, versions.get(0).version());
  }
}
