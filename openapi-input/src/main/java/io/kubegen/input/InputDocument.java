package io.kubegen.input;

import java.util.Objects;

/**
 * One input document held in memory: a name for messages (a file name, or the URL path it was
 * fetched from) and its bytes (JSON, or YAML for CRDs). The bytes are not copied; do not change
 * them while a read runs.
 */
public record InputDocument(String name, byte[] content) {

  public InputDocument {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(content, "content must not be null");
  }
}
