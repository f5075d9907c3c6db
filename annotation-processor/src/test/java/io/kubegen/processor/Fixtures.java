package io.kubegen.processor;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Small resource classes in package {@code test}, over {@code test.Base}/{@code test.BaseList}. */
final class Fixtures {
  private Fixtures() {}

  static final List<JavaFileObject> BASE =
      Compilations.resources("base/test/Base.java", "base/test/BaseList.java");

  /**
   * {@code public class <name> extends Base} with these annotation lines before it and these
   * body lines in it (imports: the kubegen annotations, Jackson's, {@code java.util}).
   */
  static JavaFileObject resource(String name, List<String> annotations, String... body) {
    return type(name, annotations, "public class " + name + " extends Base {", body);
  }

  /** A class with a free declaration line, for shapes other than a plain resource. */
  static JavaFileObject type(String name, List<String> annotations, String declaration,
      String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("");
    lines.add("import com.fasterxml.jackson.annotation.*;");
    lines.add("import io.kubegen.runtime.annotations.*;");
    lines.add("import java.util.*;");
    lines.add("");
    lines.addAll(annotations);
    lines.add(declaration);
    lines.addAll(List.of(body));
    lines.add("}");
    return Compilations.source("test." + name, lines.toArray(String[]::new));
  }

  /** {@code public class <kind>List extends BaseList<<kind>>} (which may be deprecated). */
  static JavaFileObject list(String kind) {
    return Compilations.source("test." + kind + "List",
        "package test;",
        "@SuppressWarnings(\"deprecation\")",
        "public class " + kind + "List extends BaseList<" + kind + "> {",
        "  public " + kind + "List() {}",
        "}");
  }

  /** A group/version resource with a public constructor and its list class. */
  static List<JavaFileObject> simple(String name, String... extraAnnotations) {
    List<String> annotations = new ArrayList<>(List.of(
        "@Group(\"example.com\")", "@Version(\"v1\")"));
    annotations.addAll(List.of(extraAnnotations));
    return List.of(resource(name, annotations, "  public " + name + "() {}"), list(name));
  }

  /** Base, BaseList and these sources. */
  static List<JavaFileObject> with(List<JavaFileObject> sources) {
    List<JavaFileObject> all = new ArrayList<>(BASE);
    all.addAll(sources);
    return all;
  }
}
