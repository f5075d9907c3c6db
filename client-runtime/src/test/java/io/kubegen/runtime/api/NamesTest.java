package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases from apimachinery's validation_test.go. */
class NamesTest {
  private static final String LABEL_REGEX_ERROR = "a lowercase RFC 1123 label must consist of lower case alphanumeric"
      + " characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or"
      + " '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  private static final String SUBDOMAIN_REGEX_ERROR = "a lowercase RFC 1123 subdomain must consist of lower case"
      + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g."
      + " 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a", "1-a", "1--a--b--2"})
  void validDns1123Labels(String value) {
    assertEquals(List.of(), Names.validateDns1123Label(value));
    assertTrue(Names.isDns1123Label(value));
  }

  @Test
  void dns1123LabelLengthLimitIs63() {
    assertTrue(Names.isDns1123Label("a".repeat(63)));
    assertEquals(List.of("must be no more than 63 characters"), Names.validateDns1123Label("a".repeat(64)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a",
      "a_b", "1_", "_1", "1_2", "*", "a*", "*a", "a*b", "1*", "*1", "1*2", "a b", "é"})
  void invalidDns1123Labels(String value) {
    assertEquals(List.of(LABEL_REGEX_ERROR), Names.validateDns1123Label(value));
    assertFalse(Names.isDns1123Label(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.b", "a.b.c", "1.2", "example.com"})
  void dotsAreNamedInLabels(String value) {
    assertEquals(List.of("must not contain dots"), Names.validateDns1123Label(value));
  }

  @Test
  void tooLongAndMalformedReportsBoth() {
    assertEquals(List.of("must be no more than 63 characters", LABEL_REGEX_ERROR),
        Names.validateDns1123Label("A".repeat(64)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a", "1-a", "1--a--b--2",
      "a.a", "ab.a", "abc.a", "a1.a", "a-1.a", "a--1--2--b.a", "a.1", "ab.1", "abc.1", "a1.1", "a-1.1",
      "a--1--2--b.1", "0.a", "01.a", "012.a", "1a.a", "1-a.a", "1--a--b--2", "0.1", "01.1", "012.1", "1a.1",
      "1-a.1", "1--a--b--2.1", "a.b.c.d.e", "aa.bb.cc.dd.ee", "1.2.3.4.5", "11.22.33.44.55"})
  void validDns1123Subdomains(String value) {
    assertEquals(List.of(), Names.validateDns1123Subdomain(value));
    assertTrue(Names.isDns1123Subdomain(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a",
      "a_b", "1_", "_1", "1_2", ".", "a.", ".a", "a..b", "1.", ".1", "1..2", " ", "a ", " a", "a b", "1 ", " 1",
      "1 2", "A.a", "aB.a", "ab.A", "A1.a", "a1.A", "A.1", "aB.1", "A1.1", "1A.1", "0.A", "01.A", "012.A", "1A.a",
      "1a.A", "A.B.C.D.E", "AA.BB.CC.DD.EE", "a.B.c.d.e", "aa.bB.cc.dd.ee", "a@b", "a,b", "a_b", "a;b", "a:b",
      "a%b", "a?b", "a$b", "a.-b", "a-.b"})
  void invalidDns1123Subdomains(String value) {
    assertEquals(List.of(SUBDOMAIN_REGEX_ERROR), Names.validateDns1123Subdomain(value));
  }

  @Test
  void dns1123SubdomainLengthLimitIs253() {
    String max = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61);
    assertEquals(253, max.length());
    assertTrue(Names.isDns1123Subdomain(max));
    assertEquals(List.of("must be no more than 253 characters"), Names.validateDns1123Subdomain(max + "a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "abc", "a1", "a-1", "a--1--2--b"})
  void validDns1035Labels(String value) {
    assertTrue(Names.isDns1035Label(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "01", "1a", "1-a", "", "A", "a-", "-a", "a.b"})
  void invalidDns1035Labels(String value) {
    assertEquals(1, Names.validateDns1035Label(value).size());
    assertTrue(Names.validateDns1035Label(value).get(0).startsWith("a DNS-1035 label must consist of"));
  }

  @Test
  void objectNamesMustBeSafePathSegments() {
    assertEquals(List.of(), Names.validateObjectName("my-config"));
    assertEquals(List.of(), Names.validateObjectName("Upper_Case is fine here"));
    assertEquals(List.of("must be non-empty"), Names.validateObjectName(""));
    assertEquals(List.of("may not be '.'"), Names.validateObjectName("."));
    assertEquals(List.of("may not be '..'"), Names.validateObjectName(".."));
    assertEquals(List.of(), Names.validateObjectName("..."));
    assertEquals(List.of("may not contain '/'"), Names.validateObjectName("a/b"));
    assertEquals(List.of("may not contain '%'"), Names.validateObjectName("a%2F"));
    assertEquals(List.of("may not contain '/'", "may not contain '%'"), Names.validateObjectName("/%"));
    assertFalse(Names.isObjectName("a/b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple",
      "now-with-dashes/simple", "now-with-dashes/now-with-dashes", "now.with.dots/simple",
      "now-with.dashes-and.dots/simple", "1-num.2-num/3-num", "1234/5678", "1.2.3.4/5678", "Uppercase_Is_OK_123",
      "example.com/Uppercase_Is_OK_123", "requests.storage-foo", "tier", "app.kubernetes.io/name"})
  void validLabelKeys(String key) {
    assertEquals(List.of(), Names.validateLabelKey(key));
  }

  @Test
  void labelKeysAreCheckedPartByPart() {
    String nameError = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end"
        + " with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation"
        + " is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    assertEquals(List.of("name part must be non-empty", nameError), Names.validateLabelKey(""));
    assertEquals(List.of(nameError), Names.validateLabelKey("nospecialchars%^=@"));
    assertEquals(List.of(nameError), Names.validateLabelKey("-starts-with-dash"));
    assertEquals(List.of("name part must be no more than 63 characters"), Names.validateLabelKey("a".repeat(64)));
    assertTrue(Names.isLabelKey("a".repeat(63)));
    assertEquals(List.of("prefix part must be non-empty"), Names.validateLabelKey("/simple"));
    assertEquals(List.of("name part must be non-empty", nameError), Names.validateLabelKey("example.com/"));
    assertEquals(1, Names.validateLabelKey("Example.com/simple").size());
    assertTrue(Names.validateLabelKey("Example.com/simple").get(0).startsWith("prefix part a lowercase RFC 1123 subdomain"));
    String longPrefix = ("a".repeat(63) + ".").repeat(3) + "a".repeat(62);
    assertEquals(254, longPrefix.length());
    assertEquals(List.of("prefix part must be no more than 253 characters"), Names.validateLabelKey(longPrefix + "/x"));
    List<String> tooManySlashes = Names.validateLabelKey("a/b/c");
    assertEquals(1, tooManySlashes.size());
    assertTrue(tooManySlashes.get(0).startsWith("a valid label key must consist of alphanumeric characters"),
        tooManySlashes.get(0));
    assertTrue(tooManySlashes.get(0).endsWith("with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234", "", "A",
      "a_b.C-d", "x23456789012345678901234567890123456789012345678901234567890123"})
  void validLabelValues(String value) {
    assertEquals(List.of(), Names.validateLabelValue(value));
    assertTrue(Names.isLabelValue(value));
  }

  @Test
  void invalidLabelValues() {
    String regexError = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or"
        + " '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or"
        + " '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    for (String v : new String[] {"nospecialchars%^=@", "Tama-nui-te-rā.is.Māori.sun", "\\backslashes\\",
        "-starts-with-dash", "ends-with-dash-", ".starts.with.dot", "ends.with.dot.", "a b"}) {
      List<String> errs = Names.validateLabelValue(v);
      assertEquals(regexError, errs.get(errs.size() - 1), v);
    }
    assertEquals(List.of("must be no more than 63 characters"), Names.validateLabelValue("x".repeat(64)));
  }
}
