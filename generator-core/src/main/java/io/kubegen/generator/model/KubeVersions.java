package io.kubegen.generator.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes' version priority, as the apiserver orders a CRD's versions: GA before beta before
 * alpha, higher major first, then higher minor; versions of another shape last, alphabetically.
 */
public final class KubeVersions {
  private static final Pattern KUBE = Pattern.compile("v([1-9][0-9]{0,8})(?:(alpha|beta)([1-9][0-9]{0,8}))?");

  /** Highest priority first: {@code v2, v1, v1beta2, v1beta1, v1alpha1, foo}. */
  public static final Comparator<String> PRIORITY = KubeVersions::compare;

  private KubeVersions() {}

  private static int compare(String a, String b) {
    Matcher ma = KUBE.matcher(a);
    Matcher mb = KUBE.matcher(b);
    boolean ka = ma.matches();
    boolean kb = mb.matches();
    if (ka != kb) {
      return ka ? -1 : 1;
    }
    if (!ka) {
      return a.compareTo(b);
    }
    int levelA = level(ma.group(2));
    int levelB = level(mb.group(2));
    if (levelA != levelB) {
      return Integer.compare(levelB, levelA);
    }
    int major = Integer.compare(Integer.parseInt(mb.group(1)), Integer.parseInt(ma.group(1)));
    if (major != 0) {
      return major;
    }
    if (ma.group(3) == null) {
      return 0;
    }
    return Integer.compare(Integer.parseInt(mb.group(3)), Integer.parseInt(ma.group(3)));
  }

  private static int level(String qualifier) {
    if (qualifier == null) {
      return 2;
    }
    return qualifier.equals("beta") ? 1 : 0;
  }
}
