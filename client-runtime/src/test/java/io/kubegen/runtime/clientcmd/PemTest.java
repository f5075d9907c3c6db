package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Private keys in the encodings OpenSSL writes (see TestTls); malformed input refused unquoted. */
class PemTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "client-rsa-pkcs1.key, client-rsa.crt, RSA, 2048",
      "client-rsa-pkcs8.key, client-rsa.crt, RSA, 2048",
      "client-ec256-sec1.key, client-ec256.crt, EC, 256",
      "client-ec256-pkcs8.key, client-ec256.crt, EC, 256",
      "client-ec384-sec1.key, client-ec384.crt, EC, 384",
  })
  void readsKeysThatMatchTheirCertificates(String key, String cert, String algorithm, int bits) {
    PrivateKey k = Pem.privateKey(TestTls.pem(key), key);
    assertEquals(algorithm, k.getAlgorithm());
    if (k instanceof RSAPrivateCrtKey rsa) {
      assertEquals(bits, rsa.getModulus().bitLength());
    } else {
      assertEquals(bits, ((ECPrivateKey) k).getParams().getCurve().getField().getFieldSize());
    }
    assertTrue(Pem.matches(k, Pem.certificates(TestTls.pem(cert), cert).get(0).getPublicKey()));
  }

  @Test
  void pkcs1AndPkcs8FormsGiveTheSameKey() {
    assertArrayEquals(Pem.privateKey(TestTls.pem("client-rsa-pkcs8.key"), "a").getEncoded(),
        Pem.privateKey(TestTls.pem("client-rsa-pkcs1.key"), "b").getEncoded());
    ECPrivateKey sec1 = (ECPrivateKey) Pem.privateKey(TestTls.pem("client-ec256-sec1.key"), "c");
    ECPrivateKey pkcs8 = (ECPrivateKey) Pem.privateKey(TestTls.pem("client-ec256-pkcs8.key"),
        "d");
    assertEquals(pkcs8.getS(), sec1.getS());
  }

  /** The DER of a SEC1 fixture, re-encoded without its [0] curve parameters. */
  private static byte[] sec1WithoutCurve(String name) {
    byte[] der = Pem.blocks(TestTls.pem(name), name).stream()
        .filter(b -> b.type().equals("EC PRIVATE KEY")).findFirst().orElseThrow().der();
    List<Der.Element> fields = Der.read(der).children();
    return Der.sequence(Der.integer(1), Der.element(Der.OCTET_STRING, fields.get(1).octets()));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  @Test
  void sec1WithoutCurveUsesAPrecedingEcParametersBlock() {
    byte[] bare = sec1WithoutCurve("client-ec256-sec1.key");
    String params = TestTls.pem("client-ec256-sec1.key")
        .split("(?<=-----END EC PARAMETERS-----)")[0];
    PrivateKey k = Pem.privateKey(params + "\n" + pem("EC PRIVATE KEY", bare), "k");
    assertTrue(Pem.matches(k, Pem.certificates(TestTls.pem("client-ec256.crt"), "c").get(0)
        .getPublicKey()));
    ConfigException e = assertThrows(ConfigException.class,
        () -> Pem.privateKey(pem("EC PRIVATE KEY", bare), "the key"));
    assertTrue(e.getMessage().contains("does not name its curve"), e.getMessage());
  }

  @Test
  void unsupportedCurveIsNamed() {
    // secp384r1 is 1.3.132.0.34; patch the last OID byte to 1.3.132.0.10 (secp256k1).
    byte[] der = Pem.blocks(TestTls.pem("client-ec384-sec1.key"), "k").get(0).der();
    byte[] oid = {0x06, 0x05, 0x2b, (byte) 0x81, 0x04, 0x00, 0x22};
    int at = indexOf(der, oid);
    assertTrue(at > 0);
    der[at + oid.length - 1] = 0x0a;
    ConfigException e = assertThrows(ConfigException.class,
        () -> Pem.privateKey(pem("EC PRIVATE KEY", der), "the key"));
    assertTrue(e.getMessage().contains("unsupported EC curve OID 1.3.132.0.10"), e.getMessage());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void refusals() {
    String body = "MIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEAtopsecretmaterial";
    String[][] cases = {
        {"-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + body + "\n-----END ENCRYPTED PRIVATE KEY-----",
            "is an encrypted private key"},
        {"-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n"
            + body + "\n-----END RSA PRIVATE KEY-----", "is an encrypted (or annotated)"},
        {"-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----",
            "is an OpenSSH private key"},
        {"-----BEGIN PRIVATE KEY-----\n" + body + "*\n-----END PRIVATE KEY-----",
            "is not valid base64"},
        {"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
            "the 'PRIVATE KEY' block is not a readable private key"},
        {"-----BEGIN RSA PRIVATE KEY-----\nMAMCAQA=\n-----END RSA PRIVATE KEY-----",
            "PKCS#1 RSAPrivateKey has 1 fields"},
        {"just text with topsecretmaterial", "contains no PEM private key"},
        {TestTls.pem("client-rsa.crt"), "contains no PEM private key"},
    };
    for (String[] c : cases) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> Pem.privateKey(c[0], "client-key of user x"), c[1]);
      assertTrue(e.getMessage().startsWith("client-key of user x"), e.getMessage());
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
      Secrets.assertAbsent(e, "secretmaterial");
    }
  }

  @Test
  void certificateBundles() {
    String bundle = "# comment\n" + TestTls.pem("ca.crt") + "junk between\n"
        + TestTls.pem("other-ca.crt");
    assertEquals(2, Pem.certificates(bundle, "b").size());
    ConfigException e = assertThrows(ConfigException.class,
        () -> Pem.certificates("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
            "ca of cluster c"));
    assertEquals("ca of cluster c: certificate 1 could not be parsed (CertificateException)",
        e.getMessage());
  }

  @Test
  void mismatchedKeyAndCertificate() {
    ConfigException e = assertThrows(ConfigException.class, () -> Pem.keyMaterial(
        TestTls.pem("client-rsa.crt"), "the cert", TestTls.pem("client2-rsa.key"), "the key"));
    assertEquals("the key does not match the public key of the cert", e.getMessage());
    assertFalse(Pem.matches(Pem.privateKey(TestTls.pem("client-ec256-sec1.key"), "k"),
        Pem.certificates(TestTls.pem("client-rsa.crt"), "c").get(0).getPublicKey()));
  }

  @Test
  void keyMaterialToStringHidesTheKey() {
    KeyMaterial m = Pem.keyMaterial(TestTls.pem("client-rsa.crt"), "c",
        TestTls.pem("client-rsa-pkcs1.key"), "k");
    assertEquals("KeyMaterial[RSA key, redacted; certificate CN=client-rsa, O=system:masters]",
        m.toString());
  }

  @Test
  void oidRoundTrip() {
    for (String oid : new String[] {"1.2.840.113549.1.1.1", "1.2.840.10045.3.1.7",
        "1.3.132.0.34", "2.999.1", "1.3.101.112"}) {
      byte[] enc = Der.encodeOid(oid);
      assertEquals(oid, Der.read(enc).oid());
    }
  }
}
