package io.kubegen.generator.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns any text into ASCII words, the raw material of every generated name. Accents are folded
 * ({@code naïve} → {@code naive}); every other character that is not an ASCII letter or digit
 * separates words; text with no letters or digits at all becomes one word spelling its code points
 * ({@code -} → {@code u2d}), so distinct inputs stay distinct and the result is never empty.
 */
final class Words {
  private Words() {}

  /** Words split on every non-alphanumeric character; internal case kept ({@code apiVersion}). */
  static List<String> split(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isAsciiLetter(c) || isDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    if (words.isEmpty()) {
      words.add(codePoints(text));
    }
    return words;
  }

  /**
   * Words split also at case changes: {@code ReadWriteOnce} → {@code Read Write Once},
   * {@code ClusterIP} → {@code Cluster IP}, {@code HTTPServer} → {@code HTTP Server};
   * {@code IPv4} stays one word.
   */
  static List<String> splitCamel(String text) {
    List<String> words = new ArrayList<>();
    for (String word : split(text)) {
      int start = 0;
      for (int i = 1; i < word.length(); i++) {
        char prev = word.charAt(i - 1);
        char c = word.charAt(i);
        boolean lowerToUpper = (isLower(prev) || isDigit(prev)) && isUpper(c);
        boolean acronymEnd =
            isUpper(prev)
                && isUpper(c)
                && i + 2 < word.length()
                && isLower(word.charAt(i + 1))
                && isLower(word.charAt(i + 2));
        if (lowerToUpper || acronymEnd) {
          words.add(word.substring(start, i));
          start = i;
        }
      }
      words.add(word.substring(start));
    }
    return words;
  }

  static String codePoints(String text) {
    if (text.isEmpty()) {
      return "empty";
    }
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> sb.append('u').append(Integer.toHexString(cp)));
    return sb.toString();
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * Lower-cases a leading acronym: {@code URL} → {@code url}, {@code IPAddress} →
   * {@code ipAddress}, {@code Deployments} → {@code deployments}.
   */
  static String decapitalize(String word) {
    int run = 0;
    while (run < word.length() && isUpper(word.charAt(run))) {
      run++;
    }
    if (run == 0) {
      return word;
    }
    if (run == 1 || run == word.length() || !isLower(word.charAt(run))) {
      return word.substring(0, run).toLowerCase(Locale.ROOT) + word.substring(run);
    }
    return word.substring(0, run - 1).toLowerCase(Locale.ROOT) + word.substring(run - 1);
  }

  static String pascal(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(capitalize(w));
    }
    return sb.toString();
  }

  static String camel(List<String> words) {
    StringBuilder sb = new StringBuilder(decapitalize(words.get(0)));
    for (int i = 1; i < words.size(); i++) {
      sb.append(capitalize(words.get(i)));
    }
    return sb.toString();
  }

  /** Eight hex digits of the SHA-256 of {@code text}: a short, stable disambiguator. */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  static boolean isAsciiLetter(char c) {
    return isUpper(c) || isLower(c);
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
