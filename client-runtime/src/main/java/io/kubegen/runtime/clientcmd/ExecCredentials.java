package io.kubegen.runtime.clientcmd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubegen.runtime.rest.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credentials from an exec plugin ({@code client.authentication.k8s.io/v1} or {@code v1beta1}),
 * as client-go's {@code plugin/pkg/client/auth/exec}: the command runs with the kubeconfig's
 * arguments and environment plus {@code KUBERNETES_EXEC_INFO}, and prints an ExecCredential
 * whose status holds a token, a client certificate and key, or both. The result is cached until
 * its {@code expirationTimestamp} (forever without one) and fetched again after a 401.
 *
 * <p>As in client-go, the plugin inherits this process's environment (the kubeconfig's
 * {@code env} entries are added on top) and a command without a path separator is looked up on
 * {@code PATH}. It never gets a terminal: stdin is closed and {@code spec.interactive} is false,
 * so an {@code interactiveMode: Always} plugin is refused. Failures are {@link ConfigException}s
 * that include the plugin's stderr (truncated) but never its stdout, which holds the token.
 *
 * <p>Thread-safe: one plugin run at a time; 401s that arrive while a refresh is running share
 * its result instead of running the plugin again.
 */
final class ExecCredentials implements Credentials {
  private static final Logger LOG = LoggerFactory.getLogger(ExecCredentials.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String V1 = "client.authentication.k8s.io/v1";
  static final String V1BETA1 = "client.authentication.k8s.io/v1beta1";
  static final int STDERR_LIMIT = 2000;
  private static final int STDOUT_LIMIT = 1 << 20;
  private static final Pattern API_VERSION = Pattern.compile("[A-Za-z0-9./-]{1,100}");

  private final Kubeconfig.Exec exec;
  private final String what;
  private final String execInfo;
  private final Clock clock;
  private Result cached;
  private volatile long generation;
  private volatile Runnable onNewCertificate;

  /** What a plugin run gave: a token and/or a client certificate, valid until expiry. */
  record Result(String token, KeyMaterial keys, Instant expiry) {
    @Override
    public String toString() {
      return "Result[token=" + (token == null ? "none" : "redacted") + ", keys=" + keys
          + ", expiry=" + expiry + "]";
    }
  }

  /**
   * @param what "user X in file F", for messages
   * @param cluster the cluster, passed to the plugin when {@code provideClusterInfo} is set
   * @param server the server URL actually used (after overrides)
   */
  ExecCredentials(Kubeconfig.Exec exec, String what, Kubeconfig.Cluster cluster, String server,
      String caPem, Clock clock) {
    this.exec = Objects.requireNonNull(exec, "exec");
    this.what = what;
    this.clock = clock;
    validate(exec, what);
    this.execInfo = execInfo(exec, cluster, server, caPem);
  }

  static void validate(Kubeconfig.Exec exec, String what) {
    if (exec.command() == null || exec.command().isEmpty()) {
      throw new ConfigException(what + ": exec needs a command");
    }
    String v = exec.apiVersion();
    if (v == null || v.isEmpty()) {
      throw new ConfigException(what + ": exec needs an apiVersion (" + V1 + " or " + V1BETA1
          + ")");
    }
    if (!v.equals(V1) && !v.equals(V1BETA1)) {
      throw new ConfigException(what + ": exec apiVersion " + v + " is not supported (use "
          + V1 + " or " + V1BETA1 + ")");
    }
    String mode = exec.interactiveMode();
    if (mode == null || mode.isEmpty()) {
      if (v.equals(V1)) {
        throw new ConfigException(what + ": exec interactiveMode must be set for " + V1
            + " (Never, IfAvailable or Always)");
      }
    } else if (mode.equals("Always")) {
      throw new ConfigException(what + ": exec interactiveMode is Always, but this client"
          + " never gives the plugin a terminal; use a plugin mode that works without one");
    } else if (!mode.equals("Never") && !mode.equals("IfAvailable")) {
      throw new ConfigException(what + ": exec interactiveMode " + mode
          + " is not one of Never, IfAvailable, Always");
    }
  }

  /** The ExecCredential in {@code KUBERNETES_EXEC_INFO}: spec only, never a status. */
  private static String execInfo(Kubeconfig.Exec exec, Kubeconfig.Cluster cluster,
      String server, String caPem) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", "ExecCredential");
    root.put("apiVersion", exec.apiVersion());
    ObjectNode spec = root.putObject("spec");
    spec.put("interactive", false);
    if (exec.provideClusterInfo()) {
      ObjectNode c = spec.putObject("cluster");
      c.put("server", server);
      if (cluster != null) {
        if (cluster.tlsServerName() != null && !cluster.tlsServerName().isEmpty()) {
          c.put("tls-server-name", cluster.tlsServerName());
        }
        if (cluster.insecureSkipTlsVerify()) {
          c.put("insecure-skip-tls-verify", true);
        }
        if (cluster.proxyUrl() != null && !cluster.proxyUrl().isEmpty()) {
          c.put("proxy-url", cluster.proxyUrl());
        }
        if (cluster.execConfig() != null) {
          c.set("config", JSON.valueToTree(cluster.execConfig()));
        }
      }
      if (caPem != null) {
        c.put("certificate-authority-data", caPem.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return root.toString();
  }

  /** Called (outside any lock of ours) whenever the plugin hands out a new certificate. */
  void onNewCertificate(Runnable listener) {
    this.onNewCertificate = listener;
  }

  @Override
  public void authenticate(HttpRequest.Builder request) {
    Result r = current();
    if (r.token() != null) {
      request.setHeader("Authorization", "Bearer " + r.token());
    }
  }

  /** The client certificate of the current credential, running the plugin if needed. */
  KeyMaterial clientKeys() {
    return current().keys();
  }

  @Override
  public boolean refreshAfterUnauthorized() {
    long seen = generation;
    Result before;
    Result after;
    synchronized (this) {
      if (generation != seen) {
        return true; // another request already fetched new credentials
      }
      before = cached;
      after = refresh();
    }
    certificateChanged(before, after);
    return before == null || !Objects.equals(before.token(), after.token())
        || before.keys() != after.keys();
  }

  private Result current() {
    Result before;
    Result after;
    synchronized (this) {
      if (cached != null && (cached.expiry() == null
          || clock.instant().isBefore(cached.expiry()))) {
        return cached;
      }
      before = cached;
      after = refresh();
    }
    certificateChanged(before, after);
    return after;
  }

  private void certificateChanged(Result before, Result after) {
    Runnable listener = onNewCertificate;
    if (listener != null && after.keys() != null
        && (before == null || before.keys() != after.keys())) {
      listener.run();
    }
  }

  private Result refresh() {
    Result r = run();
    cached = r;
    generation++;
    return r;
  }

  /** Runs the plugin once and parses what it printed. */
  Result run() {
    List<String> command = new ArrayList<>();
    command.add(exec.command());
    command.addAll(exec.args());
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.putAll(exec.env());
    env.put("KUBERNETES_EXEC_INFO", execInfo);
    LOG.debug("{}: running exec plugin {}", what, exec.command());
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      throw startFailure(e);
    }
    StderrCollector stderr = new StderrCollector(process.getErrorStream());
    Thread stderrThread = new Thread(stderr, "kubegen-exec-stderr");
    stderrThread.setDaemon(true);
    stderrThread.start();
    byte[] out;
    int code;
    try {
      process.getOutputStream().close();
      try (InputStream stdout = process.getInputStream()) {
        out = stdout.readNBytes(STDOUT_LIMIT);
        stdout.transferTo(java.io.OutputStream.nullOutputStream());
      }
      code = process.waitFor();
      stderrThread.join(5_000);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ConfigException(what + ": interrupted while waiting for the exec plugin "
          + exec.command());
    } catch (IOException e) {
      process.destroyForcibly();
      throw new ConfigException(what + ": cannot read the output of the exec plugin "
          + exec.command() + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (code != 0) {
      String err = stderr.text();
      throw new ConfigException(what + ": the exec plugin " + exec.command() + " exited with code "
          + code + (err.isEmpty() ? " and wrote nothing to stderr" : "; its stderr: " + err));
    }
    return parse(out);
  }

  private ConfigException startFailure(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    boolean notFound = reason.contains("error=2,") || reason.contains("No such file");
    String hint = exec.installHint() == null || exec.installHint().isBlank() ? ""
        : "\n\n" + exec.installHint().strip();
    if (notFound) {
      return new ConfigException(what + ": the exec plugin executable " + exec.command()
          + " was not found. It looks like you are trying to use a client-go credential plugin"
          + " that is not installed." + hint);
    }
    return new ConfigException(what + ": the exec plugin " + exec.command()
        + " could not be started: " + reason + hint, e);
  }

  /** Parses an ExecCredential; messages never quote the output. */
  Result parse(byte[] stdout) {
    String plugin = "the exec plugin " + exec.command();
    JsonNode root;
    try {
      root = JSON.readTree(stdout);
    } catch (IOException e) {
      root = null; // Jackson's message would quote the output
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(what + ": " + plugin
          + " did not print an ExecCredential JSON object on stdout");
    }
    if (!"ExecCredential".equals(root.path("kind").asText())) {
      throw new ConfigException(what + ": " + plugin + " printed an object whose kind is not"
          + " ExecCredential");
    }
    String apiVersion = root.path("apiVersion").asText("");
    if (!apiVersion.equals(exec.apiVersion())) {
      throw new ConfigException(what + ": " + plugin + " returned apiVersion "
          + (API_VERSION.matcher(apiVersion).matches() ? apiVersion : "(unexpected value)")
          + ", but the kubeconfig asks for " + exec.apiVersion());
    }
    JsonNode status = root.get("status");
    if (status == null || !status.isObject()) {
      throw new ConfigException(what + ": " + plugin + " returned an ExecCredential without"
          + " status");
    }
    String token = text(status, "token");
    String cert = text(status, "clientCertificateData");
    String key = text(status, "clientKeyData");
    if ((cert == null) != (key == null)) {
      throw new ConfigException(what + ": " + plugin + " returned "
          + (cert == null ? "clientKeyData without clientCertificateData"
          : "clientCertificateData without clientKeyData"));
    }
    if (token == null && cert == null) {
      throw new ConfigException(what + ": " + plugin
          + " returned neither a token nor a client certificate and key");
    }
    KeyMaterial keys = cert == null ? null : Pem.keyMaterial(
        cert, "the clientCertificateData from " + plugin + " (" + what + ")",
        key, "the clientKeyData from " + plugin + " (" + what + ")");
    Instant expiry = null;
    String exp = text(status, "expirationTimestamp");
    if (exp != null) {
      try {
        expiry = OffsetDateTime.parse(exp).toInstant();
      } catch (DateTimeParseException e) {
        throw new ConfigException(what + ": " + plugin
            + " returned an expirationTimestamp that is not an RFC 3339 time");
      }
    }
    LOG.debug("{}: exec plugin {} returned {}{}{}", what, exec.command(),
        token == null ? "" : "a token", token != null && keys != null ? " and " : "",
        keys == null ? "" : "a client certificate");
    return new Result(token, keys, expiry);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.asText();
    return s.isEmpty() ? null : s;
  }

  @Override
  public String toString() {
    return "Credentials[exec plugin " + exec.command() + ", redacted]";
  }

  /** Keeps the first {@link #STDERR_LIMIT} characters of stderr and drains the rest. */
  private static final class StderrCollector implements Runnable {
    private final InputStream in;
    private final StringBuilder text = new StringBuilder();
    private boolean truncated;

    StderrCollector(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      char[] buf = new char[1024];
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        int n;
        while ((n = r.read(buf)) >= 0) {
          synchronized (this) {
            int room = STDERR_LIMIT - text.length();
            if (room > 0) {
              text.append(buf, 0, Math.min(room, n));
            }
            if (n > room) {
              truncated = true;
            }
          }
        }
      } catch (IOException e) {
        // the process is gone; keep what was read
      }
    }

    synchronized String text() {
      String t = text.toString().strip();
      return truncated ? t + " [truncated]" : t;
    }
  }
}
