package io.kubegen.runtime.rest;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of URL path segments and query components (RFC 3986), as Go's net/url does it. */
final class UrlEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * Encodes one path segment: unreserved characters and the sub-delimiters, ':' and '@' stay,
   * everything else (including '/', '?', '#', '%', space) is percent-encoded as UTF-8.
   */
  static String pathSegment(String segment) {
    return encode(segment, false);
  }

  /**
   * Encodes a query name or value as Go's {@code url.QueryEscape}, except that a space becomes
   * {@code %20}: only letters, digits and {@code -_.~} stay, so selectors such as
   * {@code env in (a,b),!legacy} survive every proxy intact.
   */
  static String queryComponent(String text) {
    return encode(text, true);
  }

  private static String encode(String text, boolean query) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c) || (!query && isPathSafe(c))) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean isPathSafe(int c) {
    return c == '!' || c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*'
        || c == '+' || c == ',' || c == ';' || c == '=' || c == ':' || c == '@';
  }
}
