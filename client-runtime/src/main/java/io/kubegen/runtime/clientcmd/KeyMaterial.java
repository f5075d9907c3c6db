package io.kubegen.runtime.clientcmd;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A client certificate chain and its private key. {@code toString} never shows the key. */
record KeyMaterial(PrivateKey key, List<X509Certificate> chain) {
  KeyMaterial {
    Objects.requireNonNull(key, "key");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a client certificate chain needs a certificate");
    }
  }

  X509Certificate[] chainArray() {
    return chain.toArray(new X509Certificate[0]);
  }

  @Override
  public String toString() {
    return "KeyMaterial[" + key.getAlgorithm() + " key, redacted; certificate "
        + chain.get(0).getSubjectX500Principal() + "]";
  }
}
