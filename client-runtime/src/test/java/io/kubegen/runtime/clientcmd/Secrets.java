package io.kubegen.runtime.clientcmd;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Asserts that secret strings appear nowhere: not in a message, a cause, or a stack trace. */
final class Secrets {
  private Secrets() {}

  static void assertAbsent(Throwable t, String... secrets) {
    StringWriter all = new StringWriter();
    t.printStackTrace(new PrintWriter(all));
    assertAbsent(all.toString(), secrets);
  }

  static void assertAbsent(String text, String... secrets) {
    for (String secret : secrets) {
      assertFalse(text.contains(secret), () -> "'" + secret + "' leaked into: " + text);
    }
  }
}
