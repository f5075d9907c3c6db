package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code /version} answers: the server's build, as client-go's {@code version.Info}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionInfo(
    String major,
    String minor,
    String gitVersion,
    String gitCommit,
    String gitTreeState,
    String buildDate,
    String goVersion,
    String compiler,
    String platform) {

  @Override
  public String toString() {
    return gitVersion != null ? gitVersion : major + "." + minor;
  }
}
