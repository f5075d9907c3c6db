package io.kubegen.runtime.rest;

/** How watches are carried: both are served by the API server. */
public enum WatchTransport {
  /** A chunked HTTP response of newline-separated JSON events; client-go's default. */
  HTTP_STREAMING,
  /** One JSON event per WebSocket message, as fabric8 watches. */
  WEBSOCKET
}
