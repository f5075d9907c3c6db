package io.kubegen.runtime.rest;

/** The patch formats the API server accepts, with the Content-Type each is sent with. */
public enum PatchType {
  /** RFC 6902 JSON patch: a list of operations. */
  JSON("application/json-patch+json"),
  /** RFC 7386 JSON merge patch. */
  MERGE("application/merge-patch+json"),
  /** Kubernetes strategic merge patch (built-in kinds only; not for custom resources). */
  STRATEGIC_MERGE("application/strategic-merge-patch+json"),
  /** Server-side apply; needs a field manager. */
  APPLY("application/apply-patch+yaml");

  private final String contentType;

  PatchType(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }
}
