package io.kubegen.runtime.clientcmd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TEST-ONLY certificates and keys in {@code src/test/resources/.../clientcmd/tls} (see its
 * README). Server contexts are built with plain JDK APIs, independently of the code under test.
 */
final class TestTls {
  private TestTls() {}

  static String pem(String name) {
    try (InputStream in = TestTls.class.getResourceAsStream("tls/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture tls/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String base64(String name) {
    return Base64.getEncoder().encodeToString(pem(name).getBytes(StandardCharsets.US_ASCII));
  }

  /** Copies a fixture into a directory and returns its path there. */
  static Path copy(String name, Path dir) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, pem(name), StandardCharsets.US_ASCII);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server context presenting {@code <name>.crt}, trusting {@code ca.crt} for clients. */
  static SSLContext serverContext(String name) {
    try {
      String keyPem = pem(name + ".key");
      String body = keyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      byte[] der = Base64.getDecoder().decode(body);
      PrivateKey key;
      try {
        key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (java.security.spec.InvalidKeySpecException e) {
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
      }
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      Certificate cert = cf.generateCertificate(new java.io.ByteArrayInputStream(
          pem(name + ".crt").getBytes(StandardCharsets.US_ASCII)));
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("server", key, "x".toCharArray(), new Certificate[] {cert});
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(
          KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, "x".toCharArray());

      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry("ca", cf.generateCertificate(new java.io.ByteArrayInputStream(
          pem("ca.crt").getBytes(StandardCharsets.US_ASCII))));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(
          TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ts);

      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the test server context for " + name, e);
    }
  }
}
