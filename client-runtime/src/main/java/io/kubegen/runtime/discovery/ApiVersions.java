package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What {@code /api} answers: the versions of the core (legacy) group, as {@code metav1.APIVersions}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiVersions(
    String kind,
    String apiVersion,
    List<String> versions,
    @JsonProperty("serverAddressByClientCIDRs") List<ServerAddressByClientCidr> serverAddressByClientCidrs) {

  public ApiVersions {
    versions = versions == null ? List.of() : List.copyOf(versions);
    serverAddressByClientCidrs = serverAddressByClientCidrs == null ? List.of() : List.copyOf(serverAddressByClientCidrs);
  }
}
