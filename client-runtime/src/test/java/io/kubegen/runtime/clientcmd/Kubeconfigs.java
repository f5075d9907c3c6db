package io.kubegen.runtime.clientcmd;

import io.kubegen.runtime.rest.RestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes small kubeconfigs with one context "test", cluster "c" and user "u". */
final class Kubeconfigs {
  private Kubeconfigs() {}

  /** The YAML; each body is a block of "key: value" lines for the cluster and the user. */
  static String yaml(String clusterBody, String userBody) {
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "current-context: test\n"
        + "contexts:\n"
        + "- name: test\n"
        + "  context: {cluster: c, user: u}\n"
        + "clusters:\n"
        + "- name: c\n"
        + "  cluster:\n"
        + indent(clusterBody)
        + "users:\n"
        + "- name: u\n"
        + "  user:\n"
        + indent(userBody);
  }

  private static String indent(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    return body.stripTrailing().lines().map(l -> "    " + l)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  static Path write(Path dir, String name, String yaml) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, yaml, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code dir/config} and loads it as an explicit file. */
  static RestConfig load(Path dir, String clusterBody, String userBody, Clock clock) {
    Path file = write(dir, "config", yaml(clusterBody, userBody));
    return KubeconfigLoader.create(Map.of(), null).explicitPath(file).clock(clock).restConfig();
  }

  static RestConfig load(Path dir, String clusterBody, String userBody) {
    return load(dir, clusterBody, userBody, Clock.systemUTC());
  }
}
