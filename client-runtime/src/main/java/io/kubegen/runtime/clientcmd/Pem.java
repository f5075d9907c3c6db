package io.kubegen.runtime.clientcmd;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM certificates and private keys as kubeconfigs and exec plugins carry them: PKCS#8
 * ({@code PRIVATE KEY}), PKCS#1 RSA ({@code RSA PRIVATE KEY}) and SEC1 EC ({@code EC PRIVATE KEY}).
 * PKCS#1 is re-wrapped as PKCS#8 and SEC1 is decoded by hand (curve OID to parameters), since the
 * JDK reads neither. Every error is a {@link ConfigException} that names {@code what} was being
 * read and never quotes the input.
 */
final class Pem {
  private static final Pattern BLOCK = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

  static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
  static final String RSASSA_PSS = "1.2.840.113549.1.1.10";
  static final String EC_PUBLIC_KEY = "1.2.840.10045.2.1";
  static final String ED25519 = "1.3.101.112";
  static final String ED448 = "1.3.101.113";

  /** Named curves a SEC1 key may use, by OID. */
  private static final Map<String, String> CURVES = Map.of(
      "1.2.840.10045.3.1.7", "secp256r1",
      "1.3.132.0.34", "secp384r1",
      "1.3.132.0.35", "secp521r1");

  private Pem() {}

  /**
   * One PEM block: its label, its base64 body, whether it carried RFC 1421 headers such as
   * Proc-Type. The body is decoded on demand, so that a block of an unsupported kind is reported
   * as such rather than as bad base64.
   */
  record Block(String type, String base64, boolean hasHeaders, String what) {
    byte[] der() {
      try {
        return Base64.getDecoder().decode(base64);
      } catch (IllegalArgumentException e) {
        // Not the decoder's message: it quotes the offending character.
        throw new ConfigException(what + ": the PEM block '" + type + "' is not valid base64");
      }
    }
  }

  static List<Block> blocks(String text, String what) {
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      String body = m.group(2);
      boolean headers = false;
      StringBuilder b64 = new StringBuilder(body.length());
      for (String line : body.split("\r?\n")) {
        if (line.indexOf(':') >= 0) {
          headers = true;
          continue;
        }
        for (int i = 0; i < line.length(); i++) {
          char c = line.charAt(i);
          if (!Character.isWhitespace(c)) {
            b64.append(c);
          }
        }
      }
      out.add(new Block(m.group(1), b64.toString(), headers, what));
    }
    return out;
  }

  /** All certificates in a PEM bundle; at least one. */
  static List<X509Certificate> certificates(String pem, String what) {
    List<X509Certificate> certs = new ArrayList<>();
    CertificateFactory factory;
    try {
      factory = CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
    }
    for (Block block : blocks(pem, what)) {
      if (!block.type().equals("CERTIFICATE")) {
        continue;
      }
      try {
        certs.add((X509Certificate) factory.generateCertificate(
            new ByteArrayInputStream(block.der())));
      } catch (CertificateException e) {
        throw new ConfigException(what + ": certificate " + (certs.size() + 1)
            + " could not be parsed (" + e.getClass().getSimpleName() + ")");
      }
    }
    if (certs.isEmpty()) {
      throw new ConfigException(what + " contains no PEM certificate"
          + " (expected '-----BEGIN CERTIFICATE-----')");
    }
    return certs;
  }

  /** The first private key in a PEM text. */
  static PrivateKey privateKey(String pem, String what) {
    List<Block> blocks = blocks(pem, what);
    byte[] ecParameters = null;
    for (Block block : blocks) {
      switch (block.type()) {
        case "EC PARAMETERS":
          ecParameters = block.der();
          break;
        case "ENCRYPTED PRIVATE KEY":
          throw new ConfigException(what + " is an encrypted private key, which is not"
              + " supported; decrypt it first (openssl pkey -in key.pem -out plain.pem)");
        case "PRIVATE KEY":
        case "RSA PRIVATE KEY":
        case "EC PRIVATE KEY":
          if (block.hasHeaders()) {
            throw new ConfigException(what + " is an encrypted (or annotated) private key,"
                + " which is not supported; decrypt it first");
          }
          try {
            return switch (block.type()) {
              case "PRIVATE KEY" -> pkcs8(block.der());
              case "RSA PRIVATE KEY" -> pkcs1(block.der());
              default -> sec1(block.der(), ecParameters);
            };
          } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigException(what + ": the '" + block.type()
                + "' block is not a readable private key: " + describe(e));
          }
        case "OPENSSH PRIVATE KEY":
          throw new ConfigException(what + " is an OpenSSH private key; convert it to PKCS#8"
              + " (ssh-keygen -p -m PKCS8 -f key)");
        default:
          break;
      }
    }
    throw new ConfigException(what + " contains no PEM private key (expected 'PRIVATE KEY',"
        + " 'RSA PRIVATE KEY' or 'EC PRIVATE KEY')");
  }

  /** A client certificate chain and its key, checked to belong together. */
  static KeyMaterial keyMaterial(String certPem, String certWhat, String keyPem, String keyWhat) {
    List<X509Certificate> chain = certificates(certPem, certWhat);
    PrivateKey key = privateKey(keyPem, keyWhat);
    if (!matches(key, chain.get(0).getPublicKey())) {
      throw new ConfigException(keyWhat + " does not match the public key of " + certWhat);
    }
    return new KeyMaterial(key, chain);
  }

  /** PKCS#8 PrivateKeyInfo; the algorithm comes from its AlgorithmIdentifier. */
  static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
    List<Der.Element> info = Der.read(der).children();
    if (info.size() < 3) {
      throw new IllegalArgumentException("PKCS#8 PrivateKeyInfo has too few fields");
    }
    String oid = info.get(1).children().get(0).oid();
    String algorithm = switch (oid) {
      case RSA_ENCRYPTION -> "RSA";
      case RSASSA_PSS -> "RSASSA-PSS";
      case EC_PUBLIC_KEY -> "EC";
      case ED25519 -> "Ed25519";
      case ED448 -> "Ed448";
      default -> throw new IllegalArgumentException("unsupported key algorithm OID " + oid);
    };
    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  /** PKCS#1 RSAPrivateKey, wrapped into PKCS#8 with the rsaEncryption identifier. */
  static PrivateKey pkcs1(byte[] der) throws GeneralSecurityException {
    List<Der.Element> fields = Der.read(der).children();
    if (fields.size() < 9) {
      throw new IllegalArgumentException("PKCS#1 RSAPrivateKey has " + fields.size()
          + " fields, expected 9");
    }
    for (Der.Element f : fields) {
      f.expect(Der.INTEGER);
    }
    byte[] pkcs8 = Der.sequence(
        Der.integer(0),
        Der.sequence(Der.encodeOid(RSA_ENCRYPTION), Der.nullValue()),
        Der.element(Der.OCTET_STRING, der));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  /**
   * SEC1 ECPrivateKey: {@code SEQUENCE { version 1, privateKey OCTET STRING, [0] curve OID,
   * [1] publicKey }}. The curve comes from [0], or from a preceding {@code EC PARAMETERS} block.
   */
  static PrivateKey sec1(byte[] der, byte[] ecParametersBlock) throws GeneralSecurityException {
    List<Der.Element> fields = Der.read(der).children();
    if (fields.size() < 2 || !fields.get(0).integer().equals(BigInteger.ONE)) {
      throw new IllegalArgumentException("not a version 1 SEC1 ECPrivateKey");
    }
    BigInteger d = new BigInteger(1, fields.get(1).octets());
    String curveOid = null;
    for (Der.Element f : fields.subList(2, fields.size())) {
      if (f.tag() == 0xa0) {
        curveOid = Der.read(f.contents()).oid();
      }
    }
    if (curveOid == null && ecParametersBlock != null) {
      curveOid = Der.read(ecParametersBlock).oid();
    }
    if (curveOid == null) {
      throw new IllegalArgumentException("the EC key does not name its curve");
    }
    String curve = CURVES.get(curveOid);
    if (curve == null) {
      throw new IllegalArgumentException("unsupported EC curve OID " + curveOid
          + " (supported: P-256, P-384, P-521)");
    }
    AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
    params.init(new ECGenParameterSpec(curve));
    ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
    return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(d, spec));
  }

  /** Whether the key signs what the public key verifies. */
  static boolean matches(PrivateKey key, PublicKey publicKey) {
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    String algorithm = switch (key.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      case "EdDSA", "Ed25519", "Ed448" -> key.getAlgorithm();
      default -> null;
    };
    if (algorithm == null) {
      return true; // no cheap check (RSASSA-PSS needs parameters); the handshake will tell
    }
    try {
      byte[] data = "kubegen key check".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key, new SecureRandom());
      signer.update(data);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static String describe(Exception e) {
    // Messages of the JDK key factories and of Der describe structure, not key bytes.
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
