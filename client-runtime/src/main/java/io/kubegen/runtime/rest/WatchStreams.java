package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.Status;
import io.kubegen.runtime.scheme.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Objects;

/** Opens watches over either transport the API server serves. */
final class WatchStreams {
  private WatchStreams() {}

  /**
   * Opens a watch.
   *
   * @param client the configured client (TLS, proxy, connect timeout)
   * @param transport HTTP streaming or WebSocket
   * @param request a built GET whose URI carries {@code watch=true} and every query parameter, and
   *     whose headers carry authentication, user agent and impersonation; for WebSocket the same
   *     URI is used with a ws/wss scheme and the same headers
   * @param type the class events' objects decode to
   * @throws ApiException when the server refuses the watch (non-2xx), or no connection is made
   */
  static <T> Watch<T> open(
      HttpClient client, WatchTransport transport, HttpRequest request, Class<T> type, JsonCodec codec) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(codec, "codec");
    WatchEventDecoder<T> decoder = new WatchEventDecoder<>(type, codec);
    return switch (transport) {
      case HTTP_STREAMING -> HttpStreamingWatch.open(client, request, decoder, resourceOf(request.uri()));
      case WEBSOCKET -> WebSocketWatch.open(client, request, decoder);
    };
  }

  /** The failure of a watch that got no HTTP response: code 0, as {@link ApiException} defines it. */
  static ApiException noResponse(HttpRequest request, Throwable cause) {
    String what = cause instanceof InterruptedException
        ? "interrupted while opening the watch"
        : "no response: " + cause;
    Status status = new Status()
        .withKind("Status")
        .withApiVersion("v1")
        .withStatus("Failure")
        .withMessage(what);
    return new ApiException(
        request.method() + " " + ApiErrors.requestTarget(request.uri()) + ": " + what, 0, status, null, cause);
  }

  /** The last segment of the path, such as {@code configmaps}: names the reader thread. */
  static String resourceOf(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      return "watch";
    }
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return last.isEmpty() ? "watch" : last;
  }
}
