package io.kubegen.runtime.clientcmd;

/**
 * A kubeconfig, in-cluster configuration or credential plugin could not be used. The message names
 * the file (or environment variable) and what is wrong with it; it never contains a token,
 * password or private key.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  /**
   * The cause is kept for its type and stack; callers only pass causes whose messages cannot hold
   * secret material (I/O and security exceptions, not parser errors that echo the input).
   */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
