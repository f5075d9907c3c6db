package io.kubegen.input;

/**
 * A resource path of the apiserver, taken apart: {@code /api/v1/namespaces/{namespace}/pods/{name}/log}
 * is core v1, namespaced, plural {@code pods}, subresource {@code log}. Discovery and other
 * non-resource paths parse to {@code null}.
 */
record ApiPath(
    String group, String version, String plural, boolean namespaced, boolean item,
    String subresource, boolean watch) {

  static ApiPath parse(String path) {
    String[] s = path.split("/", -1);
    // s[0] is "" (the path starts with '/')
    int i;
    String group;
    String version;
    if (s.length > 2 && s[1].equals("api")) {
      group = "";
      version = s[2];
      i = 3;
    } else if (s.length > 3 && s[1].equals("apis")) {
      group = s[2];
      version = s[3];
      i = 4;
    } else {
      return null;
    }
    if (group.startsWith("{") || version.isEmpty() || version.startsWith("{")) {
      return null;
    }
    boolean watch = false;
    if (i < s.length && s[i].equals("watch")) {
      watch = true;
      i++;
    }
    boolean namespaced = false;
    if (i + 2 < s.length && s[i].equals("namespaces") && s[i + 1].equals("{namespace}")) {
      namespaced = true;
      i += 2;
    }
    if (i >= s.length || s[i].isEmpty() || s[i].startsWith("{")) {
      return null;
    }
    String plural = s[i++];
    String subresource = "";
    boolean item = false;
    if (i < s.length) {
      item = true;
      if (!s[i].equals("{name}")) {
        return null;
      }
      i++;
      if (i < s.length && !s[i].isEmpty()) {
        subresource = s[i];
        if (subresource.startsWith("{")) {
          return null;
        }
      }
    }
    return new ApiPath(group, version, plural, namespaced, item, subresource, watch);
  }
}
