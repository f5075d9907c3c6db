package io.kubegen.processor;

import java.util.regex.Pattern;

/** The shapes the API server accepts for groups, versions, kinds and resource names. */
final class Names {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern VERSION = Pattern.compile("v[1-9][0-9]*((alpha|beta)[1-9][0-9]*)?");
  private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private Names() {}

  /**
   * A DNS-1123 subdomain with at least one dot, as the API server asks of a CRD's group: lower-case
   * labels of letters, digits and {@code -}, at most 63 characters each and 253 in all.
   */
  static boolean isGroup(String group) {
    if (group.isEmpty() || group.length() > 253 || group.indexOf('.') < 0) {
      return false;
    }
    for (String label : group.split("\\.", -1)) {
      if (label.length() > 63 || !DNS_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@code v1}, {@code v1alpha1}, {@code v2beta3}. */
  static boolean isVersion(String version) {
    return VERSION.matcher(version).matches();
  }

  static boolean isKind(String kind) {
    return KIND.matcher(kind).matches() && kind.length() <= 63;
  }

  /** A plural, singular, short name or category: a lower-case DNS-1035 label. */
  static boolean isResourceName(String name) {
    return name.length() <= 63 && DNS_1035_LABEL.matcher(name).matches();
  }
}
