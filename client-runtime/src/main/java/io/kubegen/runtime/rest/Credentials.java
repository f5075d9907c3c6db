package io.kubegen.runtime.rest;

import java.net.http.HttpRequest;
import java.util.Objects;

/**
 * Authenticates requests: adds a header such as {@code Authorization} just before each request is
 * sent. Implementations (static token, token file, exec plugin, basic auth) must never put a
 * secret in {@code toString()}, a log line or an exception message.
 */
public interface Credentials {

  /** Adds authentication to a request about to be sent; called for every request and retry. */
  void authenticate(HttpRequest.Builder request);

  /**
   * Called after the server answered 401: obtain fresh credentials if that is possible (re-read a
   * token file, re-run an exec plugin). Returns true when the request should be sent once more.
   */
  default boolean refreshAfterUnauthorized() {
    return false;
  }

  /** A fixed bearer token. */
  static Credentials bearerToken(String token) {
    Objects.requireNonNull(token, "token");
    return new Credentials() {
      @Override
      public void authenticate(HttpRequest.Builder request) {
        request.setHeader("Authorization", "Bearer " + token);
      }

      @Override
      public String toString() {
        return "Credentials[bearer token, redacted]";
      }
    };
  }
}
