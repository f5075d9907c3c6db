package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends requests the way a REST client built on a {@link RestConfig} would: an HttpClient with
 * the config's SSL context, SSL parameters and proxy; its headers; its credentials; one retry
 * after a 401 when the credentials could be refreshed.
 */
final class Http {
  private final RestConfig config;
  private final HttpClient client;

  Http(RestConfig config) {
    this.config = config;
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10));
    if (config.sslContext() != null) {
      b.sslContext(config.sslContext());
    }
    if (config.sslParameters() != null) {
      b.sslParameters(config.sslParameters());
    }
    if (config.proxy() != null) {
      b.proxy(config.proxy());
    }
    this.client = b.build();
  }

  static HttpResponse<String> get(RestConfig config, String path)
      throws IOException, InterruptedException {
    return new Http(config).get(path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request(path), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 401 && config.credentials() != null
        && config.credentials().refreshAfterUnauthorized()) {
      r = client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
    return r;
  }

  private HttpRequest request(String path) {
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(config.server() + path))
        .timeout(Duration.ofSeconds(10));
    for (Map.Entry<String, List<String>> h : config.headers().entrySet()) {
      for (String v : h.getValue()) {
        rb.header(h.getKey(), v);
      }
    }
    if (config.credentials() != null) {
      config.credentials().authenticate(rb);
    }
    return rb.build();
  }
}
