package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/** The API groups of a server: {@code /apis} answers one, with the core group added first by discovery. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiGroupList(String kind, String apiVersion, List<ApiGroup> groups) {

  public ApiGroupList {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** The group named {@code name} ({@code ""} for the core group). */
  public Optional<ApiGroup> group(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst();
  }
}
