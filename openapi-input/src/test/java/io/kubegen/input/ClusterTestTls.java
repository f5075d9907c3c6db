package io.kubegen.input;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * TEST-ONLY TLS material for the scripted API server, generated once per JVM: a CA and a server
 * certificate for 127.0.0.1 signed by it (EC P-256, signed with BouncyCastle), so that the client
 * verifies the server the way it verifies a real cluster's.
 */
final class ClusterTestTls {
  private static final ClusterTestTls INSTANCE = generate();

  private final X509Certificate ca;
  private final KeyPair serverKeys;
  private final X509Certificate server;

  private ClusterTestTls(X509Certificate ca, KeyPair serverKeys, X509Certificate server) {
    this.ca = ca;
    this.serverKeys = serverKeys;
    this.server = server;
  }

  static ClusterTestTls get() {
    return INSTANCE;
  }

  /** The CA certificate as PEM, for a kubeconfig's certificate-authority-data. */
  String caPem() {
    try {
      StringWriter out = new StringWriter();
      try (PemWriter w = new PemWriter(out)) {
        w.writeObject(new PemObject("CERTIFICATE", ca.getEncoded()));
      }
      return out.toString();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A client context that trusts the CA (and nothing else). */
  SSLContext clientContext() {
    try {
      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry("ca", ca);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ts);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's context, presenting the 127.0.0.1 certificate. */
  SSLContext serverContext() {
    try {
      char[] pass = "x".toCharArray();
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("server", serverKeys.getPrivate(), pass, new Certificate[] {server, ca});
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, pass);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ClusterTestTls generate() {
    try {
      SecureRandom random = new SecureRandom();
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), random);
      KeyPair caKeys = g.generateKeyPair();
      KeyPair serverKeys = g.generateKeyPair();
      Instant now = Instant.now();
      X500Name caName = new X500Name("CN=kubegen-cluster-reader-test-ca");
      X509Certificate ca = sign(
          new JcaX509v3CertificateBuilder(caName, BigInteger.valueOf(random.nextInt(1 << 30)),
                  Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
                  caName, caKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign)),
          caKeys);
      X509Certificate server = sign(
          new JcaX509v3CertificateBuilder(caName, BigInteger.valueOf(random.nextInt(1 << 30)),
                  Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
                  new X500Name("CN=127.0.0.1"), serverKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(Extension.subjectAlternativeName, false,
                  new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1"))),
          caKeys);
      return new ClusterTestTls(ca, serverKeys, server);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot generate the test TLS material", e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
  }
}
