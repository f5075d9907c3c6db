package io.kubegen.runtime.clientcmd;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents the client certificate of the moment. The {@code SSLContext} is built once, but an exec
 * plugin may hand out a new certificate whenever it runs, so this key manager asks its source at
 * every handshake. Each certificate gets its own alias, so that a rotation between
 * {@code chooseClientAlias} and {@code getPrivateKey} cannot pair one certificate with another
 * key. The source may return null (no certificate yet, or the plugin gives tokens only): then no
 * certificate is sent.
 */
final class ClientKeyManager extends X509ExtendedKeyManager {
  private final Supplier<KeyMaterial> source;
  /** Recently chosen materials by alias; a few are kept for handshakes in flight. */
  private final Map<String, KeyMaterial> recent = new LinkedHashMap<>();
  private long sequence;

  ClientKeyManager(Supplier<KeyMaterial> source) {
    this.source = source;
  }

  private synchronized String choose(String[] keyTypes) {
    KeyMaterial material = source.get();
    if (material == null || keyTypes == null) {
      return null;
    }
    String algorithm = material.key().getAlgorithm();
    boolean compatible = false;
    for (String type : keyTypes) {
      if (type != null && (type.equals(algorithm)
          || (type.equals("EdDSA") && algorithm.startsWith("Ed")))) {
        compatible = true;
        break;
      }
    }
    if (!compatible) {
      return null;
    }
    for (Map.Entry<String, KeyMaterial> e : recent.entrySet()) {
      if (e.getValue() == material) {
        return e.getKey();
      }
    }
    String alias = "kubeconfig-client-" + (++sequence);
    recent.put(alias, material);
    while (recent.size() > 4) {
      recent.remove(recent.keySet().iterator().next());
    }
    return alias;
  }

  private synchronized KeyMaterial material(String alias) {
    return alias == null ? null : recent.get(alias);
  }

  @Override
  public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
    return choose(keyType);
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return choose(keyType);
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    String alias = choose(new String[] {keyType});
    return alias == null ? null : new String[] {alias};
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    KeyMaterial m = material(alias);
    return m == null ? null : m.chainArray();
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    KeyMaterial m = material(alias);
    return m == null ? null : m.key();
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return null;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return null;
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return null;
  }

  @Override
  public String toString() {
    return "ClientKeyManager[key redacted]";
  }
}
