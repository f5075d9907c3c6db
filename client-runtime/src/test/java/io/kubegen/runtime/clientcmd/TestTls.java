package io.kubegen.runtime.clientcmd;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * TEST-ONLY certificates and keys, generated once per JVM when first used: key pairs from the
 * JDK's {@link KeyPairGenerator}, certificates signed with BouncyCastle, private keys written in
 * the encodings OpenSSL writes, so that what the code under test parses comes from an
 * implementation independent of it. Tests get the PEM text by name ({@link #pem}) or write it
 * into their {@code @TempDir} ({@link #copy}); server contexts are built from the key objects
 * with plain JDK APIs.
 *
 * <table>
 * <caption>names</caption>
 * <tr><td>{@code ca.crt}</td><td>the CA the clients trust (RSA 2048)</td></tr>
 * <tr><td>{@code other-ca.crt}</td><td>a CA no client trusts (RSA 2048)</td></tr>
 * <tr><td>{@code server}</td><td>server for 127.0.0.1, ::1 and localhost, from {@code ca}
 *     (EC P-256)</td></tr>
 * <tr><td>{@code server-named}</td><td>server for kubernetes.internal.test and
 *     *.wild.internal.test only, from {@code ca}; its subject CN is
 *     kubernetes.internal.test</td></tr>
 * <tr><td>{@code server-other-ca}</td><td>server for 127.0.0.1 and localhost, from
 *     {@code other-ca}; its subject CN is 127.0.0.1</td></tr>
 * <tr><td>{@code client-rsa.crt}</td><td>client {@code client-rsa} (RSA 2048), key as
 *     {@code client-rsa-pkcs1.key} and {@code client-rsa-pkcs8.key}</td></tr>
 * <tr><td>{@code client-ec256.crt}</td><td>client {@code client-ec256} (P-256), key as
 *     {@code client-ec256-sec1.key} (an {@code EC PARAMETERS} block first, as
 *     {@code openssl ecparam -genkey} writes it) and {@code client-ec256-pkcs8.key}</td></tr>
 * <tr><td>{@code client-ec384.crt}</td><td>client {@code client-ec384} (P-384), key as
 *     {@code client-ec384-sec1.key}</td></tr>
 * <tr><td>{@code client2-rsa.crt}</td><td>a second client identity, key
 *     {@code client2-rsa.key} (PKCS#8)</td></tr>
 * </table>
 *
 * <p>Client subjects are {@code O=system:masters, CN=<name>}.
 */
final class TestTls {
  private TestTls() {}

  /** One generated identity: its key pair and certificate. */
  private record Identity(KeyPair keys, X509Certificate cert) {}

  /** Everything, generated on first use; immutable afterwards. */
  private static final class Generated {
    static final Generated INSTANCE = new Generated();

    final Map<String, String> pems = new LinkedHashMap<>();
    final Map<String, Identity> servers = new LinkedHashMap<>();
    final Map<String, PrivateKey> clientKeys = new LinkedHashMap<>();
    final X509Certificate ca;

    private Generated() {
      try {
        Instant now = Instant.now();
        Identity ca = selfSignedCa(rsa(), "kubegen-test-ca", now);
        Identity otherCa = selfSignedCa(rsa(), "kubegen-other-test-ca", now);
        this.ca = ca.cert();
        pems.put("ca.crt", pem(ca.cert()));
        pems.put("other-ca.crt", pem(otherCa.cert()));

        servers.put("server", leaf(ec("secp256r1"), ca, name(null, "127.0.0.1"), false, now,
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1"),
            new GeneralName(GeneralName.dNSName, "localhost")));
        servers.put("server-named", leaf(ec("secp256r1"), ca,
            name(null, "kubernetes.internal.test"), false, now,
            new GeneralName(GeneralName.dNSName, "kubernetes.internal.test"),
            new GeneralName(GeneralName.dNSName, "*.wild.internal.test")));
        servers.put("server-other-ca", leaf(ec("secp256r1"), otherCa, name(null, "127.0.0.1"),
            false, now,
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.dNSName, "localhost")));
        for (Map.Entry<String, Identity> s : servers.entrySet()) {
          pems.put(s.getKey() + ".crt", pem(s.getValue().cert()));
        }

        Identity rsa = client(rsa(), ca, "client-rsa", now);
        pems.put("client-rsa-pkcs1.key", pkcs1(rsa));
        pems.put("client-rsa-pkcs8.key", pkcs8(rsa));

        Identity ec256 = client(ec("secp256r1"), ca, "client-ec256", now);
        pems.put("client-ec256-sec1.key", ecParameters(ec256) + sec1(ec256));
        pems.put("client-ec256-pkcs8.key", pkcs8(ec256));

        Identity ec384 = client(ec("secp384r1"), ca, "client-ec384", now);
        pems.put("client-ec384-sec1.key", sec1(ec384));

        Identity rsa2 = client(rsa(), ca, "client2-rsa", now);
        pems.put("client2-rsa.key", pkcs8(rsa2));
      } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
        throw new IllegalStateException("cannot generate the test TLS material", e);
      }
    }

    private Identity client(KeyPair keys, Identity ca, String cn, Instant now)
        throws GeneralSecurityException, OperatorCreationException, IOException {
      Identity id = leaf(keys, ca, name("system:masters", cn), true, now);
      pems.put(cn + ".crt", pem(id.cert()));
      clientKeys.put(cn, keys.getPrivate());
      return id;
    }
  }

  static String pem(String name) {
    String pem = Generated.INSTANCE.pems.get(name);
    if (pem == null) {
      throw new IllegalArgumentException("no generated TLS material named " + name);
    }
    return pem;
  }

  /** The private key of a client identity ({@code client-rsa}, ...), to know what must not leak. */
  static PrivateKey clientKey(String name) {
    PrivateKey key = Generated.INSTANCE.clientKeys.get(name);
    if (key == null) {
      throw new IllegalArgumentException("no generated client identity named " + name);
    }
    return key;
  }

  static String base64(String name) {
    return Base64.getEncoder().encodeToString(pem(name).getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes the named PEM into a directory (a test's {@code @TempDir}) and returns its path. */
  static Path copy(String name, Path dir) {
    try {
      return Files.writeString(dir.resolve(name), pem(name), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server context presenting the named server certificate, trusting {@code ca.crt}. */
  static SSLContext serverContext(String name) {
    Generated g = Generated.INSTANCE;
    Identity server = g.servers.get(name);
    if (server == null) {
      throw new IllegalArgumentException("no generated server identity named " + name);
    }
    try {
      char[] pass = "x".toCharArray();
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("server", server.keys().getPrivate(), pass,
          new Certificate[] {server.cert()});
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(
          KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, pass);

      KeyStore ts = KeyStore.getInstance("PKCS12");
      ts.load(null, null);
      ts.setCertificateEntry("ca", g.ca);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(
          TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ts);

      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the test server context for " + name, e);
    }
  }

  // ---- generation ----

  private static final SecureRandom RANDOM = new SecureRandom();

  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048, RANDOM);
    return g.generateKeyPair();
  }

  private static KeyPair ec(String curve) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(curve), RANDOM);
    return g.generateKeyPair();
  }

  /** {@code O=org, CN=cn} in this order, as {@code openssl -subj "/O=org/CN=cn"} encodes it. */
  private static X500Name name(String org, String cn) {
    X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
    if (org != null) {
      b.addRDN(BCStyle.O, org);
    }
    return b.addRDN(BCStyle.CN, cn).build();
  }

  private static Identity selfSignedCa(KeyPair keys, String cn, Instant now)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    X500Name subject = name(null, cn);
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder b = builder(subject, subject, keys, now)
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
        .addExtension(Extension.keyUsage, true,
            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
        .addExtension(Extension.subjectKeyIdentifier, false,
            ext.createSubjectKeyIdentifier(keys.getPublic()));
    return new Identity(keys, sign(b, keys));
  }

  private static Identity leaf(KeyPair keys, Identity issuer, X500Name subject, boolean client,
      Instant now, GeneralName... altNames)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder b = builder(
        X500Name.getInstance(issuer.cert().getSubjectX500Principal().getEncoded()), subject,
        keys, now)
        .addExtension(Extension.basicConstraints, false, new BasicConstraints(false))
        .addExtension(Extension.keyUsage, true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
            client ? KeyPurposeId.id_kp_clientAuth : KeyPurposeId.id_kp_serverAuth))
        .addExtension(Extension.subjectKeyIdentifier, false,
            ext.createSubjectKeyIdentifier(keys.getPublic()))
        .addExtension(Extension.authorityKeyIdentifier, false,
            ext.createAuthorityKeyIdentifier(issuer.cert()));
    if (altNames.length > 0) {
      b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(altNames));
    }
    return new Identity(keys, sign(b, issuer.keys()));
  }

  private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject,
      KeyPair keys, Instant now) {
    // An hour back for clock skew; a week ahead, far more than any test run.
    return new JcaX509v3CertificateBuilder(issuer, new BigInteger(63, RANDOM).add(BigInteger.ONE),
        Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(7))),
        subject, keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer)
      throws GeneralSecurityException, OperatorCreationException {
    String algorithm = signer.getPrivate().getAlgorithm().equals("RSA")
        ? "SHA256withRSA" : "SHA256withECDSA";
    return new JcaX509CertificateConverter().getCertificate(
        b.build(new JcaContentSignerBuilder(algorithm).build(signer.getPrivate())));
  }

  // ---- PEM encodings ----

  private static String pem(String type, byte[] der) throws IOException {
    StringWriter out = new StringWriter();
    try (PemWriter w = new PemWriter(out)) {
      w.writeObject(new PemObject(type, der));
    }
    return out.toString();
  }

  private static String pem(X509Certificate cert)
      throws GeneralSecurityException, IOException {
    return pem("CERTIFICATE", cert.getEncoded());
  }

  /** {@code BEGIN PRIVATE KEY}: the JDK's own encoding. */
  private static String pkcs8(Identity id) throws IOException {
    return pem("PRIVATE KEY", id.keys().getPrivate().getEncoded());
  }

  /** {@code BEGIN RSA PRIVATE KEY}: the RSAPrivateKey inside the PKCS#8 structure. */
  private static String pkcs1(Identity id) throws IOException {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(id.keys().getPrivate().getEncoded());
    return pem("RSA PRIVATE KEY", info.parsePrivateKey().toASN1Primitive().getEncoded());
  }

  /**
   * {@code BEGIN EC PRIVATE KEY}: SEC1's ECPrivateKey as OpenSSL writes it, with the curve OID as
   * {@code [0] parameters} and the public key as {@code [1]}. The JDK's PKCS#8 carries the curve
   * only in the outer algorithm identifier, so the inner structure is rebuilt with both.
   */
  private static String sec1(Identity id) throws IOException {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(id.keys().getPrivate().getEncoded());
    ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
    ASN1Encodable curve = info.getPrivateKeyAlgorithm().getParameters();
    DERBitString publicKey = new DERBitString(SubjectPublicKeyInfo.getInstance(
        id.keys().getPublic().getEncoded()).getPublicKeyData().getBytes());
    int orderBits = ((java.security.interfaces.ECPrivateKey) id.keys().getPrivate())
        .getParams().getOrder().bitLength();
    return pem("EC PRIVATE KEY",
        new ECPrivateKey(orderBits, inner.getKey(), publicKey, curve).getEncoded());
  }

  /** {@code BEGIN EC PARAMETERS}: the named curve's OID, as {@code openssl ecparam} writes it. */
  private static String ecParameters(Identity id) throws IOException {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(id.keys().getPrivate().getEncoded());
    return pem("EC PARAMETERS",
        info.getPrivateKeyAlgorithm().getParameters().toASN1Primitive().getEncoded());
  }
}
