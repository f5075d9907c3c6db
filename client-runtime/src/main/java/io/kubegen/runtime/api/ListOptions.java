package io.kubegen.runtime.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of list, watch and deleteCollection, sent as query parameters. Null means "not set".
 * {@code labelSelector} is selector text ({@code app=web,tier in (a,b)}), see {@link LabelSelector}.
 */
public record ListOptions(
    String labelSelector,
    String fieldSelector,
    String resourceVersion,
    String resourceVersionMatch,
    Long timeoutSeconds,
    Long limit,
    String continueToken,
    Boolean allowWatchBookmarks,
    Boolean sendInitialEvents) {

  private static final ListOptions NONE = builder().build();

  public static ListOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The query parameters, in a fixed order, leaving out what is not set. */
  public Map<String, String> toQuery() {
    Map<String, String> q = new LinkedHashMap<>();
    Query.put(q, "labelSelector", labelSelector);
    Query.put(q, "fieldSelector", fieldSelector);
    Query.put(q, "resourceVersion", resourceVersion);
    Query.put(q, "resourceVersionMatch", resourceVersionMatch);
    Query.put(q, "timeoutSeconds", timeoutSeconds);
    Query.put(q, "limit", limit);
    Query.put(q, "continue", continueToken);
    Query.put(q, "allowWatchBookmarks", allowWatchBookmarks);
    Query.put(q, "sendInitialEvents", sendInitialEvents);
    return q;
  }

  public static final class Builder {
    private String labelSelector;
    private String fieldSelector;
    private String resourceVersion;
    private String resourceVersionMatch;
    private Long timeoutSeconds;
    private Long limit;
    private String continueToken;
    private Boolean allowWatchBookmarks;
    private Boolean sendInitialEvents;

    private Builder() {}

    private Builder(ListOptions o) {
      labelSelector = o.labelSelector;
      fieldSelector = o.fieldSelector;
      resourceVersion = o.resourceVersion;
      resourceVersionMatch = o.resourceVersionMatch;
      timeoutSeconds = o.timeoutSeconds;
      limit = o.limit;
      continueToken = o.continueToken;
      allowWatchBookmarks = o.allowWatchBookmarks;
      sendInitialEvents = o.sendInitialEvents;
    }

    public Builder labelSelector(String labelSelector) {
      this.labelSelector = labelSelector;
      return this;
    }

    /** Selects by a structured selector, sent as its canonical text. */
    public Builder labelSelector(LabelSelector labelSelector) {
      this.labelSelector = labelSelector == null ? null : labelSelector.toSelectorString();
      return this;
    }

    public Builder fieldSelector(String fieldSelector) {
      this.fieldSelector = fieldSelector;
      return this;
    }

    public Builder resourceVersion(String resourceVersion) {
      this.resourceVersion = resourceVersion;
      return this;
    }

    public Builder resourceVersionMatch(String resourceVersionMatch) {
      this.resourceVersionMatch = resourceVersionMatch;
      return this;
    }

    public Builder timeoutSeconds(Long timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    public Builder limit(Long limit) {
      this.limit = limit;
      return this;
    }

    public Builder continueToken(String continueToken) {
      this.continueToken = continueToken;
      return this;
    }

    public Builder allowWatchBookmarks(Boolean allowWatchBookmarks) {
      this.allowWatchBookmarks = allowWatchBookmarks;
      return this;
    }

    public Builder sendInitialEvents(Boolean sendInitialEvents) {
      this.sendInitialEvents = sendInitialEvents;
      return this;
    }

    public ListOptions build() {
      return new ListOptions(labelSelector, fieldSelector, resourceVersion, resourceVersionMatch,
          timeoutSeconds, limit, continueToken, allowWatchBookmarks, sendInitialEvents);
    }
  }
}
