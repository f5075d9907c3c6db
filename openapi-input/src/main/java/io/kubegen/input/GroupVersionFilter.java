package io.kubegen.input;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which group versions a reader turns into resources. Patterns are globs ({@code *} is any run of
 * characters, {@code ?} one character): a pattern with a {@code /} is matched against
 * {@code group/version}, one without against the group alone. The core group is spelled
 * {@code core} ({@code core/v1}). A group version is accepted when no include is given or an
 * include matches, and no exclude matches. Types that accepted resources refer to are still read
 * from excluded group versions (they stay in their own package), without resources.
 */
public record GroupVersionFilter(List<String> includes, List<String> excludes) {
  private static final GroupVersionFilter ALL = new GroupVersionFilter(List.of(), List.of());

  public GroupVersionFilter {
    includes = List.copyOf(Objects.requireNonNull(includes, "includes must not be null"));
    excludes = List.copyOf(Objects.requireNonNull(excludes, "excludes must not be null"));
    for (String p : includes) {
      check(p, "includes");
    }
    for (String p : excludes) {
      check(p, "excludes");
    }
  }

  /** Accepts everything. */
  public static GroupVersionFilter all() {
    return ALL;
  }

  public static GroupVersionFilter of(List<String> includes, List<String> excludes) {
    return new GroupVersionFilter(includes, excludes);
  }

  private static void check(String pattern, String name) {
    if (pattern.isBlank()) {
      throw new IllegalArgumentException(name + " must not contain blank patterns");
    }
    if (pattern.indexOf('/') != pattern.lastIndexOf('/')) {
      throw new IllegalArgumentException(
          name + ": '" + pattern + "' must be GROUP or GROUP/VERSION (one '/')");
    }
  }

  /** Whether resources of {@code group} ({@code ""} for core) and {@code version} are read. */
  public boolean accepts(String group, String version) {
    if (includes.isEmpty() && excludes.isEmpty()) {
      return true;
    }
    String g = group.isEmpty() ? "core" : group;
    boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> matches(p, g, version));
    return included && excludes.stream().noneMatch(p -> matches(p, g, version));
  }

  private static boolean matches(String pattern, String group, String version) {
    String subject = pattern.contains("/") ? group + "/" + version : group;
    return pattern.equals(subject) || glob(pattern).matcher(subject).matches();
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
