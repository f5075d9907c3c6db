package io.kubegen.runtime.rest;

import io.kubegen.runtime.scheme.JsonCodec;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

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
    throw new UnsupportedOperationException("watch transports are not implemented yet");
  }
}
