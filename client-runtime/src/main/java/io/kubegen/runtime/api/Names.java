package io.kubegen.runtime.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The API server's rules for names, label keys and label values (apimachinery's {@code
 * util/validation}), with its messages. Each {@code validateXxx} returns the problems found,
 * empty when the value is valid; lengths are counted in UTF-8 bytes, as the server does.
 */
public final class Names {
  public static final int DNS1123_LABEL_MAX_LENGTH = 63;
  public static final int DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
  public static final int DNS1035_LABEL_MAX_LENGTH = 63;
  public static final int LABEL_KEY_NAME_MAX_LENGTH = 63;
  public static final int LABEL_VALUE_MAX_LENGTH = 63;

  private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_LABEL_ERR = "a lowercase RFC 1123 label must consist of lower case"
      + " alphanumeric characters or '-', and must start and end with an alphanumeric character";
  private static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final String DNS1123_SUBDOMAIN_ERR = "a lowercase RFC 1123 subdomain must consist of lower"
      + " case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  private static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1035_LABEL_ERR = "a DNS-1035 label must consist of lower case alphanumeric"
      + " characters or '-', start with an alphabetic character, and end with an alphanumeric character";
  private static final String LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String LABEL_KEY_ERR = "must consist of alphanumeric characters, '-', '_' or '.',"
      + " and must start and end with an alphanumeric character";
  private static final String LABEL_VALUE_FMT = "(" + LABEL_KEY_FMT + ")?";
  private static final String LABEL_VALUE_ERR = "a valid label must be an empty string or consist of"
      + " alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

  private static final Pattern DNS1123_LABEL = Pattern.compile(DNS1123_LABEL_FMT);
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);
  private static final Pattern DNS1035_LABEL = Pattern.compile(DNS1035_LABEL_FMT);
  private static final Pattern LABEL_KEY_NAME = Pattern.compile(LABEL_KEY_FMT);
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);

  private Names() {}

  /** An RFC 1123 label: at most 63 characters of {@code [a-z0-9-]}, alphanumeric at both ends (namespaces, most names). */
  public static List<String> validateDns1123Label(String value) {
    List<String> errs = new ArrayList<>(1);
    if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) {
      errs.add(maxLenError(DNS1123_LABEL_MAX_LENGTH));
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
      if (DNS1123_SUBDOMAIN.matcher(value).matches()) {
        errs.add("must not contain dots");
      } else {
        errs.add(regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, "my-name", "123-abc"));
      }
    }
    return errs;
  }

  public static boolean isDns1123Label(String value) {
    return validateDns1123Label(value).isEmpty();
  }

  /** An RFC 1123 subdomain: at most 253 characters, dot-separated RFC 1123 labels (most object names). */
  public static List<String> validateDns1123Subdomain(String value) {
    List<String> errs = new ArrayList<>(1);
    if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
      errs.add(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errs.add(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return errs;
  }

  public static boolean isDns1123Subdomain(String value) {
    return validateDns1123Subdomain(value).isEmpty();
  }

  /** An RFC 1035 label: like an RFC 1123 label but starting with a letter (Service names). */
  public static List<String> validateDns1035Label(String value) {
    List<String> errs = new ArrayList<>(1);
    if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH) {
      errs.add(maxLenError(DNS1035_LABEL_MAX_LENGTH));
    }
    if (!DNS1035_LABEL.matcher(value).matches()) {
      errs.add(regexError(DNS1035_LABEL_ERR, DNS1035_LABEL_FMT, "my-name", "abc-123"));
    }
    return errs;
  }

  public static boolean isDns1035Label(String value) {
    return validateDns1035Label(value).isEmpty();
  }

  /**
   * Whether a name can be a segment of a request path, which every object name must: not empty,
   * not {@code .} or {@code ..}, no {@code /} or {@code %}. (The server's own check does not test
   * emptiness; a client must, since an empty name turns a get into a list.)
   */
  public static List<String> validateObjectName(String name) {
    List<String> errs = new ArrayList<>(1);
    if (name.isEmpty()) {
      errs.add("must be non-empty");
      return errs;
    }
    if (name.equals(".") || name.equals("..")) {
      errs.add("may not be '" + name + "'");
      return errs;
    }
    if (name.indexOf('/') >= 0) {
      errs.add("may not contain '/'");
    }
    if (name.indexOf('%') >= 0) {
      errs.add("may not contain '%'");
    }
    return errs;
  }

  public static boolean isObjectName(String name) {
    return validateObjectName(name).isEmpty();
  }

  /**
   * A label key (also annotation keys and other "qualified names"): an optional DNS subdomain
   * prefix and {@code /}, then a name of at most 63 characters of {@code [-A-Za-z0-9_.]},
   * alphanumeric at both ends.
   */
  public static List<String> validateLabelKey(String key) {
    List<String> errs = new ArrayList<>(1);
    String name;
    int slash = key.indexOf('/');
    if (slash < 0) {
      name = key;
    } else if (key.indexOf('/', slash + 1) < 0) {
      String prefix = key.substring(0, slash);
      name = key.substring(slash + 1);
      if (prefix.isEmpty()) {
        errs.add("prefix part must be non-empty");
      } else {
        for (String msg : validateDns1123Subdomain(prefix)) {
          errs.add("prefix part " + msg);
        }
      }
    } else {
      errs.add("a valid label key " + regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")
          + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errs;
    }
    if (name.isEmpty()) {
      errs.add("name part must be non-empty");
    } else if (byteLength(name) > LABEL_KEY_NAME_MAX_LENGTH) {
      errs.add("name part " + maxLenError(LABEL_KEY_NAME_MAX_LENGTH));
    }
    if (!LABEL_KEY_NAME.matcher(name).matches()) {
      errs.add("name part " + regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, "MyName", "my.name", "123-abc"));
    }
    return errs;
  }

  public static boolean isLabelKey(String key) {
    return validateLabelKey(key).isEmpty();
  }

  /** A label value: empty, or at most 63 characters of {@code [-A-Za-z0-9_.]}, alphanumeric at both ends. */
  public static List<String> validateLabelValue(String value) {
    List<String> errs = new ArrayList<>(1);
    if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) {
      errs.add(maxLenError(LABEL_VALUE_MAX_LENGTH));
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errs.add(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return errs;
  }

  public static boolean isLabelValue(String value) {
    return validateLabelValue(value).isEmpty();
  }

  private static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

  private static String regexError(String msg, String regex, String... examples) {
    StringBuilder sb = new StringBuilder(msg).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        sb.append(" or ");
      }
      sb.append('\'').append(examples[i]).append("', ");
    }
    return sb.append("regex used for validation is '").append(regex).append("')").toString();
  }

  private static int byteLength(String s) {
    int n = s.length();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return s.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return n;
  }
}
