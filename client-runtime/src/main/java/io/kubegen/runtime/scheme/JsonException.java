package io.kubegen.runtime.scheme;

/** JSON that could not be read or written; the message says where. */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
