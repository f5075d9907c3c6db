package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.Credentials;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code username}/{@code password} from a kubeconfig user, sent as HTTP basic auth. */
final class BasicAuthCredentials implements Credentials {
  private final String username;
  private final String header;

  BasicAuthCredentials(String username, String password) {
    this.username = username == null ? "" : username;
    String pair = this.username + ":" + (password == null ? "" : password);
    this.header = "Basic " + Base64.getEncoder().encodeToString(
        pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void authenticate(HttpRequest.Builder request) {
    request.setHeader("Authorization", header);
  }

  @Override
  public String toString() {
    return "Credentials[basic auth as " + username + ", password redacted]";
  }
}
