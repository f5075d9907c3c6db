package io.kubegen.runtime.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** Metadata of a list: its resourceVersion and, for paginated lists, the continue token. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ListMeta {
  private String resourceVersion;
  @JsonProperty("continue")
  private String continueToken;
  private Long remainingItemCount;
  private String selfLink;

  public String getResourceVersion() {
    return resourceVersion;
  }

  public void setResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
  }

  @JsonProperty("continue")
  public String getContinue() {
    return continueToken;
  }

  @JsonProperty("continue")
  public void setContinue(String continueToken) {
    this.continueToken = continueToken;
  }

  public Long getRemainingItemCount() {
    return remainingItemCount;
  }

  public void setRemainingItemCount(Long remainingItemCount) {
    this.remainingItemCount = remainingItemCount;
  }

  public String getSelfLink() {
    return selfLink;
  }

  public void setSelfLink(String selfLink) {
    this.selfLink = selfLink;
  }

  public ListMeta deepCopy() {
    ListMeta copy = new ListMeta();
    copy.resourceVersion = resourceVersion;
    copy.continueToken = continueToken;
    copy.remainingItemCount = remainingItemCount;
    copy.selfLink = selfLink;
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListMeta other
        && Objects.equals(resourceVersion, other.resourceVersion)
        && Objects.equals(continueToken, other.continueToken)
        && Objects.equals(remainingItemCount, other.remainingItemCount)
        && Objects.equals(selfLink, other.selfLink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resourceVersion, continueToken, remainingItemCount, selfLink);
  }

  @Override
  public String toString() {
    return "ListMeta{resourceVersion=" + resourceVersion + ", continue=" + continueToken + "}";
  }
}
