package io.kubegen.runtime.clientcmd;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one kubeconfig file, YAML or JSON, into a {@link Kubeconfig}: binds the {@code v1 Config}
 * fields, decodes {@code *-data} base64 and resolves relative paths against the file's directory.
 * Unknown fields are ignored, as kubectl does. Errors name the file and the entry.
 */
final class KubeconfigParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String EXEC_EXTENSION = "client.authentication.k8s.io/exec";

  private final Path file;
  private final Path dir;

  private KubeconfigParser(Path file) {
    this.file = file;
    Path abs = file.toAbsolutePath();
    this.dir = abs.getParent() == null ? abs : abs.getParent();
  }

  static Kubeconfig read(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new ConfigException("kubeconfig file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw new ConfigException("kubeconfig file " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException("kubeconfig file " + file + " cannot be read: "
          + e.getClass().getSimpleName(), e);
    }
    return parse(text, file);
  }

  static Kubeconfig parse(String text, Path file) {
    return new KubeconfigParser(file).bind(tree(text, file));
  }

  /** YAML through {@link YamlReader}; a document that starts with '{' is JSON, read by Jackson. */
  static Object tree(String text, Path file) {
    String trimmed = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (trimmed.stripLeading().startsWith("{")) {
      try {
        return JSON.readValue(trimmed, Object.class);
      } catch (JsonProcessingException e) {
        // Jackson's message quotes the offending text, which may be a token: location only.
        JsonLocation at = e.getLocation();
        throw new ConfigException("kubeconfig file " + file + " is not valid JSON"
            + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr()
            + ")"));
      }
    }
    return YamlReader.parse(text, "kubeconfig file " + file);
  }

  private Kubeconfig bind(Object root) {
    if (root == null) {
      return new Kubeconfig(List.of(file), "", Map.of(), Map.of(), Map.of());
    }
    Map<String, Object> config = map(root, "the top level");
    Map<String, Kubeconfig.Cluster> clusters = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> e : named(config, "clusters", "cluster")
        .entrySet()) {
      clusters.put(e.getKey(), cluster(e.getKey(), e.getValue()));
    }
    Map<String, Kubeconfig.User> users = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> e : named(config, "users", "user").entrySet()) {
      users.put(e.getKey(), user(e.getKey(), e.getValue()));
    }
    Map<String, Kubeconfig.Context> contexts = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> e : named(config, "contexts", "context")
        .entrySet()) {
      Map<String, Object> c = e.getValue();
      String where = "context \"" + e.getKey() + "\"";
      contexts.put(e.getKey(), new Kubeconfig.Context(e.getKey(), file,
          string(c, "cluster", where), string(c, "user", where),
          string(c, "namespace", where)));
    }
    String current = string(config, "current-context", "the top level");
    return new Kubeconfig(List.of(file), current, clusters, users, contexts);
  }

  /**
   * A list of {@code {name: n, <field>: {...}}} entries as a map by name. A later entry with the
   * same name replaces an earlier one, as in kubectl.
   */
  private Map<String, Map<String, Object>> named(Map<String, Object> config, String list,
      String field) {
    Object value = config.get(list);
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof List<?> entries)) {
      throw invalid(list, "must be a list of {name, " + field + "} entries");
    }
    for (int i = 0; i < entries.size(); i++) {
      String where = list + "[" + i + "]";
      Map<String, Object> entry = map(entries.get(i), where);
      String name = string(entry, "name", where);
      if (name == null || name.isEmpty()) {
        throw invalid(where, "has no name");
      }
      Object body = entry.get(field);
      out.put(name, body == null ? Map.of() : map(body, field + " \"" + name + "\""));
    }
    return out;
  }

  private Kubeconfig.Cluster cluster(String name, Map<String, Object> c) {
    String where = "cluster \"" + name + "\"";
    Object execConfig = null;
    Object extensions = c.get("extensions");
    if (extensions instanceof List<?> list) {
      for (Object ext : list) {
        if (ext instanceof Map<?, ?> m && EXEC_EXTENSION.equals(m.get("name"))) {
          execConfig = m.get("extension");
        }
      }
    }
    return new Kubeconfig.Cluster(name, file,
        string(c, "server", where),
        path(c, "certificate-authority", where),
        base64(c, "certificate-authority-data", where),
        bool(c, "insecure-skip-tls-verify", where),
        string(c, "tls-server-name", where),
        string(c, "proxy-url", where),
        execConfig);
  }

  private Kubeconfig.User user(String name, Map<String, Object> u) {
    String where = "user \"" + name + "\"";
    Kubeconfig.Exec exec = null;
    Object execValue = u.get("exec");
    if (execValue != null) {
      exec = exec(map(execValue, where + " exec"), where + " exec");
    }
    String authProvider = null;
    Object provider = u.get("auth-provider");
    if (provider != null) {
      authProvider = string(map(provider, where + " auth-provider"), "name",
          where + " auth-provider");
      if (authProvider == null) {
        authProvider = "";
      }
    }
    Map<String, List<String>> extra = new LinkedHashMap<>();
    Object extraValue = u.get("as-user-extra");
    if (extraValue != null) {
      map(extraValue, where + " as-user-extra").forEach((k, v) ->
          extra.put(k, strings(v, where + " as-user-extra." + k)));
    }
    return new Kubeconfig.User(name, file,
        string(u, "token", where),
        path(u, "tokenFile", where),
        path(u, "client-certificate", where),
        base64(u, "client-certificate-data", where),
        path(u, "client-key", where),
        base64(u, "client-key-data", where),
        string(u, "username", where),
        string(u, "password", where),
        string(u, "as", where),
        string(u, "as-uid", where),
        strings(u.get("as-groups"), where + " as-groups"),
        extra,
        exec,
        authProvider);
  }

  private Kubeconfig.Exec exec(Map<String, Object> e, String where) {
    String command = string(e, "command", where);
    // As client-go: a command with a path separator is relative to this file; a bare name is
    // looked up on PATH when the plugin runs.
    if (command != null && (command.indexOf('/') >= 0
        || command.indexOf(java.io.File.separatorChar) >= 0)) {
      command = dir.resolve(command).normalize().toString();
    }
    Map<String, String> env = new LinkedHashMap<>();
    Object envValue = e.get("env");
    if (envValue != null) {
      if (!(envValue instanceof List<?> list)) {
        throw invalid(where + " env", "must be a list of {name, value} entries");
      }
      for (int i = 0; i < list.size(); i++) {
        String w = where + " env[" + i + "]";
        Map<String, Object> var = map(list.get(i), w);
        String name = string(var, "name", w);
        if (name == null || name.isEmpty()) {
          throw invalid(w, "has no name");
        }
        String value = string(var, "value", w);
        env.put(name, value == null ? "" : value);
      }
    }
    return new Kubeconfig.Exec(command, strings(e.get("args"), where + " args"), env,
        string(e, "apiVersion", where), string(e, "installHint", where),
        bool(e, "provideClusterInfo", where), string(e, "interactiveMode", where));
  }

  // ---- field access --------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Object value, String where) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw invalid(where, "must be a mapping, not " + kind(value));
  }

  private String string(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    if (v instanceof Boolean || v instanceof Number) {
      return String.valueOf(v);
    }
    throw invalid(where, "'" + key + "' must be a string, not " + kind(v));
  }

  private List<String> strings(Object v, String where) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw invalid(where, "must be a list of strings, not " + kind(v));
    }
    List<String> out = new ArrayList<>(list.size());
    for (Object o : list) {
      if (o instanceof Map || o instanceof List) {
        throw invalid(where, "must be a list of strings, but has a " + kind(o));
      }
      out.add(o == null ? "" : String.valueOf(o));
    }
    return out;
  }

  private boolean bool(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      if (s.equals("true") || s.equals("True") || s.equals("TRUE")) {
        return true;
      }
      if (s.equals("false") || s.equals("False") || s.equals("FALSE")) {
        return false;
      }
    }
    throw invalid(where, "'" + key + "' must be true or false");
  }

  private Path path(Map<String, Object> m, String key, String where) {
    String p = string(m, key, where);
    if (p == null || p.isEmpty()) {
      return null;
    }
    return dir.resolve(p).normalize();
  }

  /** Decodes a {@code *-data} field to text (ISO-8859-1, so no byte is lost). */
  private String base64(Map<String, Object> m, String key, String where) {
    String b64 = string(m, key, where);
    if (b64 == null || b64.isEmpty()) {
      return null;
    }
    StringBuilder clean = new StringBuilder(b64.length());
    for (int i = 0; i < b64.length(); i++) {
      char c = b64.charAt(i);
      if (!Character.isWhitespace(c)) {
        clean.append(c);
      }
    }
    try {
      return new String(Base64.getDecoder().decode(clean.toString()),
          StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException e) {
      // Not the decoder's message: it quotes the offending character.
      throw invalid(where, "'" + key + "' is not valid base64");
    }
  }

  private static String kind(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map) {
      return "mapping";
    }
    if (v instanceof List) {
      return "list";
    }
    return "scalar";
  }

  private ConfigException invalid(String where, String problem) {
    return new ConfigException("kubeconfig file " + file + ": " + where + " " + problem);
  }
}
