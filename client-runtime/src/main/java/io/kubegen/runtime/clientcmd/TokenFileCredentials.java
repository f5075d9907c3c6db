package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.Credentials;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bearer token read from a file that may change: bound service-account tokens are rotated by
 * the kubelet (an atomic symlink swap), and kubeconfig {@code tokenFile}s by whatever writes them.
 * The file is read again when its modification time or size changes (checked before each
 * request), at least every {@link #MAX_AGE}, and after the server answered 401.
 *
 * <p>Thread-safe. A read that fails after a token was already read keeps the old token and logs
 * a warning (the file may be in the middle of a swap); the first read fails with a
 * {@link ConfigException}.
 */
final class TokenFileCredentials implements Credentials {
  private static final Logger LOG = LoggerFactory.getLogger(TokenFileCredentials.class);
  static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final Path file;
  private final String what;
  private final Clock clock;
  private String token;
  private FileTime modified;
  private long size = -1;
  private Instant readAt;

  /** Reads the file once now, so that a missing or empty file fails at configuration time. */
  TokenFileCredentials(Path file, String what, Clock clock) {
    this.file = Objects.requireNonNull(file, "file");
    this.what = what;
    this.clock = clock;
    synchronized (this) {
      reload(true);
    }
  }

  @Override
  public void authenticate(HttpRequest.Builder request) {
    request.setHeader("Authorization", "Bearer " + token());
  }

  /** The token to send now, read again if the file changed or is older than a minute. */
  synchronized String token() {
    if (!clock.instant().isBefore(readAt.plus(MAX_AGE)) || changedOnDisk()) {
      reload(false);
    }
    return token;
  }

  @Override
  public synchronized boolean refreshAfterUnauthorized() {
    String before = token;
    reload(false);
    return !token.equals(before);
  }

  private boolean changedOnDisk() {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return !a.lastModifiedTime().equals(modified) || a.size() != size;
    } catch (IOException e) {
      return true; // let reload() report it
    }
  }

  private void reload(boolean first) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      String read = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
      if (read.isEmpty()) {
        throw new ConfigException(what + ": the token file " + file + " is empty");
      }
      if (!first && !read.equals(token)) {
        LOG.debug("{}: token file {} changed, using the new token", what, file);
      }
      token = read;
      modified = a.lastModifiedTime();
      size = a.size();
    } catch (IOException | ConfigException e) {
      if (first) {
        throw e instanceof ConfigException c ? c : new ConfigException(what
            + ": the token file " + file + " cannot be read (" + e.getClass().getSimpleName()
            + ")", e);
      }
      LOG.warn("{}: cannot read the token file {} ({}); keeping the previous token", what, file,
          e.getClass().getSimpleName());
    }
    readAt = clock.instant();
  }

  @Override
  public String toString() {
    return "Credentials[bearer token from file " + file + ", redacted]";
  }
}
