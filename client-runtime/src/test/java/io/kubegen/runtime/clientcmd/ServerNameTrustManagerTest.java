package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's hostname rules: SANs only, wildcard as the whole left-most label, IPs against IPs. */
class ServerNameTrustManagerTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "kubernetes.internal.test, kubernetes.internal.test, true",
      "*.wild.internal.test, api.wild.internal.test, true",
      "*.wild.internal.test, wild.internal.test, false",
      "*.wild.internal.test, a.b.wild.internal.test, false",
      "*.wild.internal.test, .wild.internal.test, false",
      "a*.example.com, ab.example.com, false",
      "example.com, other.com, false",
  })
  void dnsMatching(String pattern, String host, boolean matches) {
    assertEquals(matches, ServerNameTrustManager.dnsMatches(pattern, host));
  }

  private static X509Certificate cert(String name) {
    return Pem.certificates(TestTls.pem(name), name).get(0);
  }

  @ParameterizedTest(name = "{0} valid for {1}")
  @CsvSource({
      "server-named.crt, kubernetes.internal.test",
      "server-named.crt, KUBERNETES.internal.test.",
      "server-named.crt, x.wild.internal.test",
      "server.crt, 127.0.0.1",
      "server.crt, ::1",
      "server.crt, [::1]",
      "server.crt, 0:0:0:0:0:0:0:1",
      "server.crt, localhost",
  })
  void verifies(String cert, String name) throws Exception {
    ServerNameTrustManager.verifyName(cert(cert), name);
  }

  @ParameterizedTest(name = "{0} not valid for {1}")
  @CsvSource({
      "server-named.crt, 127.0.0.1",
      "server-named.crt, internal.test",
      "server.crt, 127.0.0.2",
      "server.crt, kubernetes.internal.test",
      // The subject CN is 127.0.0.1, but as in Go the CN is never used.
      "server-other-ca.crt, ::1",
  })
  void refuses(String cert, String name) {
    assertThrows(CertificateException.class,
        () -> ServerNameTrustManager.verifyName(cert(cert), name));
  }
}
