package io.kubegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.emit.EmitContext;
import io.kubegen.generator.emit.Emitter;
import io.kubegen.generator.emit.ListerEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each validation error: its tag and message, and the element (file and line) it points at. The
 * processor reports and continues; none of these surfaces as a stack trace.
 */
class ProcessorErrorTest {

  private static Compilation compile(List<JavaFileObject> sources, String... options) {
    return Compilations.compile(Fixtures.with(sources), options);
  }

  private static Compilation compileOne(JavaFileObject source, String... options) {
    return compile(List.of(source), options);
  }

  private static JavaFileObject withGroupAndVersion(String name, String group, String version,
      String... more) {
    List<String> annotations = new ArrayList<>(List.of(
        "@Group(\"" + group + "\")", "@Version(\"" + version + "\")"));
    annotations.addAll(List.of(more));
    return Fixtures.resource(name, annotations, "  public " + name + "() {}");
  }

  @Test
  void groupThatIsNotADnsSubdomain() {
    for (String group : List.of("Stable.Example.com", "example", "a_b.example.com", "-a.example.com")) {
      JavaFileObject foo = withGroupAndVersion("Foo", group, "v1");
      Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
      assertThat(c).hadErrorContaining("[kubegen-group] group '" + group
              + "' of test.Foo is not a DNS subdomain with at least one dot")
          .inFile(foo).onLineContaining("@Group");
    }
  }

  @Test
  void missingGroup() {
    JavaFileObject foo = Fixtures.resource("Foo", List.of("@Version(\"v1\")"), "  public Foo() {}");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-group] test.Foo has no API group: annotate it, or"
        + " its package (package-info.java), with @Group").inFile(foo)
        .onLineContaining("public class Foo");
  }

  @Test
  void versionOfTheWrongShape() {
    for (String version : List.of("V1", "v1.0", "v0", "v1beta", "1", "v1Beta1")) {
      JavaFileObject foo = withGroupAndVersion("Foo", "example.com", version);
      Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
      assertThat(c).hadErrorContaining("[kubegen-version] version '" + version
          + "' of test.Foo is not a Kubernetes version").inFile(foo).onLineContaining("@Version");
    }
  }

  @Test
  void invalidKind() {
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1", "@Kind(\"foo_bar\")");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-kind] kind 'foo_bar' of test.Foo is not a valid"
        + " kind").inFile(foo).onLineContaining("@Kind");
  }

  @Test
  void invalidPluralAndShortNames() {
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1",
        "@Plural(\"Foo_s\")", "@ShortNames({\"f\", \"F2\"})");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-names] plural 'Foo_s' of test.Foo is not a"
        + " lower-case DNS label").inFile(foo).onLineContaining("@Plural");
    assertThat(c).hadErrorContaining("[kubegen-names] short name 'F2' of test.Foo")
        .inFile(foo).onLineContaining("@ShortNames");
  }

  @Test
  void duplicateGroupVersionKind() {
    JavaFileObject a = withGroupAndVersion("A", "example.com", "v1",
        "@Kind(value = \"Same\", list = AList.class)");
    JavaFileObject b = withGroupAndVersion("B", "example.com", "v1",
        "@Kind(value = \"Same\", list = BList.class)");
    Compilation c = compile(List.of(a, b, Fixtures.list("A"), Fixtures.list("B")));
    assertThat(c).hadErrorContaining("[kubegen-duplicate] test.B and test.A both declare"
        + " example.com/v1 Same").inFile(b).onLineContaining("public class B");
  }

  @Test
  void notAKubernetesObject() {
    JavaFileObject foo = Fixtures.type("Foo",
        List.of("@Group(\"example.com\")", "@Version(\"v1\")"), "public class Foo {",
        "  public Foo() {}");
    Compilation c = compileOne(foo);
    assertThat(c).hadErrorContaining("[kubegen-object] resource class test.Foo must implement"
        + " io.kubegen.runtime.api.KubernetesObject").inFile(foo)
        .onLineContaining("public class Foo");
  }

  @Test
  void noPublicConstructor() {
    JavaFileObject foo = Fixtures.resource("Foo",
        List.of("@Group(\"example.com\")", "@Version(\"v1\")"), "  Foo(int x) {}");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-object] resource class test.Foo needs a public"
        + " no-argument constructor").inFile(foo).onLineContaining("public class Foo");
  }

  @Test
  void missingListClass() {
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1");
    Compilation c = compileOne(foo);
    assertThat(c).hadErrorContaining("[kubegen-list] no list class for test.Foo: write FooList"
        + " next to it").inFile(foo).onLineContaining("public class Foo");
  }

  @Test
  void listClassOfAnotherItemType() {
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1");
    JavaFileObject bar = withGroupAndVersion("Bar", "example.com", "v1");
    JavaFileObject fooList = Compilations.source("test.FooList",
        "package test;",
        "public class FooList extends BaseList<Bar> {",
        "  public FooList() {}",
        "}");
    Compilation c = compile(List.of(foo, bar, fooList, Fixtures.list("Bar")));
    assertThat(c).hadErrorContaining("[kubegen-list] list class test.FooList of test.Foo must"
        + " implement io.kubegen.runtime.api.KubernetesListObject<Foo>").inFile(fooList)
        .onLineContaining("public class FooList");
  }

  @Test
  void namedListClassThatDoesNotFit() {
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1",
        "@Kind(list = String.class)");
    Compilation c = compileOne(foo);
    assertThat(c).hadErrorContaining("[kubegen-list] list class java.lang.String of test.Foo must"
        + " implement").inFile(foo).onLineContaining("@Kind(list");
  }

  @Test
  void genClientOptionsThatConflict() {
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1",
        "@GenClient(noVerbs = true, readOnly = true)");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-genclient] @GenClient on test.Foo sets more than"
        + " one of noVerbs, readOnly, onlyVerbs and skipVerbs").inFile(foo)
        .onLineContaining("@GenClient");
  }

  @Test
  void genClientMethodsCheckedAsClientGenDoes() {
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1",
        "@GenClient(methods = {",
        "  @GenClient.Method(name = \"watchLogs\", verb = GenClient.Verb.WATCH, subresource = \"log\"),",
        "  @GenClient.Method(name = \"own\", verb = GenClient.Verb.GET, subresource = \"\"),",
        "  @GenClient.Method(name = \"getToken\", verb = GenClient.Verb.GET, subresource = \"token\",",
        "      input = String.class)})");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-genclient] @GenClient.Method watchLogs of test.Foo"
        + " verb WATCH is not supported for extension methods").inFile(foo)
        .onLineContaining("watchLogs");
    assertThat(c).hadErrorContaining("@GenClient.Method own of test.Foo has no subresource")
        .inFile(foo).onLineContaining("\"own\"");
    assertThat(c).hadErrorContaining("@GenClient.Method getToken of test.Foo verb GET takes no"
        + " input type override").inFile(foo).onLineContaining("getToken");
  }

  @Test
  void resourceAnnotationWithoutVersion() {
    JavaFileObject foo = Fixtures.type("Foo", List.of("@Kind(\"Foo\")"), "public class Foo {");
    Compilation c = compileOne(foo);
    assertThat(c).hadErrorContaining("[kubegen-version] @Kind on test.Foo has no effect without"
        + " @Version").inFile(foo).onLineContaining("@Kind");
  }

  @Test
  void unmappableProperties() {
    JavaFileObject foo = Fixtures.resource("Foo",
        List.of("@Group(\"example.com\")", "@Version(\"v1\")"),
        "  public Foo() {}",
        "  public Thread worker;",
        "  public Map<Integer, String> byNumber;");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-crd] cannot map type java.lang.Thread of property"
        + " 'worker' of test.Foo").inFile(foo).onLineContaining("Thread worker");
    assertThat(c).hadErrorContaining("[kubegen-crd] property 'byNumber' of test.Foo is a map with"
        + " java.lang.Integer keys").inFile(foo).onLineContaining("byNumber");
  }

  @Test
  void recursiveSchema() {
    JavaFileObject foo = Fixtures.resource("Foo",
        List.of("@Group(\"example.com\")", "@Version(\"v1\")"),
        "  public Foo() {}",
        "  public Node spec;",
        "  public static class Node {",
        "    public Node next;",
        "  }");
    Compilation c = compile(List.of(foo, Fixtures.list("Foo")));
    assertThat(c).hadErrorContaining("[kubegen-crd] property 'next' of test.Foo.Node makes"
        + " test.Foo.Node contain itself").inFile(foo).onLineContaining("Node next");
  }

  @Test
  void badOptions() {
    List<JavaFileObject> foo = Fixtures.simple("Foo");
    assertThat(compile(foo, "-Akubegen.package=1bad.pkg"))
        .hadErrorContaining("[kubegen-option] -Akubegen.package='1bad.pkg' is not a Java package");
    assertThat(compile(foo, "-Akubegen.generators=listers,bogus"))
        .hadErrorContaining("[kubegen-option] -Akubegen.generators names an unknown generator"
            + " 'bogus'");
    assertThat(compile(foo, "-Akubegen.generators=informers"))
        .hadErrorContaining("'informers' needs 'listers' too");
  }

  @Test
  void generatorsMissingFromThisBuildAreAWarning() {
    // A build whose seam lacks an emitter (as a trimmed build would) warns and goes on.
    Map<String, Supplier<Emitter>> emitters = Map.of("listers", ListerEmitter::new);
    List<Processor> processors = List.of(new KubegenProcessor(new Generators(emitters)));
    Compilation c = Compilations.compile(processors, Fixtures.with(Fixtures.simple("Foo")),
        "-Akubegen.generators=crds,clientset");
    assertThat(c).hadWarningContaining("[kubegen-option] generator 'clientset' is not available");
  }

  @Test
  void unexpectedExceptionsBecomeOneInternalError() {
    Emitter broken = new Emitter() {
      @Override
      public String kind() {
        return "listers";
      }

      @Override
      public List<JavaFile> emit(EmitContext context) {
        throw new NullPointerException("boom");
      }
    };
    Map<String, Supplier<Emitter>> emitters = Map.of("listers", () -> broken);
    List<Processor> processors = List.of(new KubegenProcessor(new Generators(emitters)));
    JavaFileObject foo = withGroupAndVersion("Foo", "example.com", "v1");
    Compilation c = Compilations.compile(processors,
        Fixtures.with(List.of(foo, Fixtures.list("Foo"))));
    assertThat(c).hadErrorContaining("[kubegen] internal error: NullPointerException: boom")
        .inFile(foo).onLineContaining("public class Foo");
    assertThat(c).hadErrorCount(1);
  }
}
