package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Options of delete and deleteCollection, sent as the request body. {@code propagationPolicy} is
 * Orphan, Background or Foreground; preconditions make the delete fail with a Conflict unless
 * the object still has that uid or resourceVersion.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteOptions(
    Long gracePeriodSeconds,
    Preconditions preconditions,
    String propagationPolicy,
    List<String> dryRun) {

  private static final DeleteOptions NONE = new DeleteOptions(null, null, null, null);

  public DeleteOptions {
    dryRun = dryRun == null ? null : List.copyOf(dryRun);
  }

  /** Fails the delete unless the object still has this uid and/or resourceVersion. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Preconditions(String uid, String resourceVersion) {}

  public static DeleteOptions none() {
    return NONE;
  }

  public static DeleteOptions propagation(String propagationPolicy) {
    return new DeleteOptions(null, null, propagationPolicy, null);
  }

  public DeleteOptions withPreconditions(Preconditions preconditions) {
    return new DeleteOptions(gracePeriodSeconds, preconditions, propagationPolicy, dryRun);
  }

  public DeleteOptions withGracePeriodSeconds(Long seconds) {
    return new DeleteOptions(seconds, preconditions, propagationPolicy, dryRun);
  }

  @JsonProperty("kind")
  String kind() {
    return "DeleteOptions";
  }

  @JsonProperty("apiVersion")
  String apiVersion() {
    return "v1";
  }
}
