package io.kubegen.runtime.rest;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful (2xx) response as received: code, headers and body bytes, for callers that decode
 * for themselves (discovery, logs) or need the code ({@code 201} means created).
 */
public final class RawResponse {
  private final String method;
  private final URI uri;
  private final int code;
  private final HttpHeaders headers;
  private final byte[] body;

  RawResponse(String method, URI uri, int code, HttpHeaders headers, byte[] body) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.code = code;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body == null ? new byte[0] : body;
  }

  /** The HTTP status code. */
  public int code() {
    return code;
  }

  /** True for 201 Created, as client-go's {@code WasCreated}. */
  public boolean wasCreated() {
    return code == 201;
  }

  /** The response headers; names are case-insensitive. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** A copy of the body; empty when the server sent none. */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The request's method, such as {@code GET}. */
  public String method() {
    return method;
  }

  /** The URI the response came from (after redirects). */
  public URI uri() {
    return uri;
  }

  byte[] bodyUnsafe() {
    return body;
  }

  @Override
  public String toString() {
    // Neither headers nor body: either may carry something secret.
    return "RawResponse{" + method + " " + ApiErrors.requestTarget(uri) + " -> " + code + ", "
        + body.length + " bytes}";
  }
}
