package io.kubegen.runtime.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Options of get: an optional resourceVersion ("0" lets the server answer from its cache). */
public record GetOptions(String resourceVersion) {
  private static final GetOptions NONE = new GetOptions(null);

  public static GetOptions none() {
    return NONE;
  }

  public Map<String, String> toQuery() {
    Map<String, String> q = new LinkedHashMap<>();
    Query.put(q, "resourceVersion", resourceVersion);
    return q;
  }
}
