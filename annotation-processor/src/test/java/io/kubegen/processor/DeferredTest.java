package io.kubegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A resource whose property type another processor generates is processed a round later. */
class DeferredTest {

  /** Writes {@code test.GeneratedSpec} in the first round, as some other processor might. */
  static final class SpecWriter extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try {
          JavaFileObject f = processingEnv.getFiler().createSourceFile("test.GeneratedSpec");
          try (Writer w = f.openWriter()) {
            w.write("package test;\n/** Written by another processor. */\n"
                + "public class GeneratedSpec {\n  /** Its size. */\n  public int size;\n}\n");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static JavaFileObject foo() {
    return Fixtures.resource("Foo", List.of("@Group(\"example.com\")", "@Version(\"v1\")"),
        "  public Foo() {}",
        "  public GeneratedSpec spec;");
  }

  @Test
  void waitsForTheRoundThatResolvesTheType() {
    List<Processor> processors = List.of(new KubegenProcessor(), new SpecWriter());
    Compilation c = Compilations.compile(processors,
        Fixtures.with(List.of(foo(), Fixtures.list("Foo"))));
    assertThat(c).succeededWithoutWarnings();
    String yaml = Compilations.classOutput(c, "META-INF/kubegen/crds/foos.example.com.yaml")
        .orElseThrow();
    assertTrue(yaml.contains("          spec:\n            description: \"Written by another"
        + " processor.\"\n            type: object\n            properties:\n              size:\n"),
        yaml);
    assertThat(c).generatedSourceFile("test.client.listers.example.v1.FooLister");
  }

  @Test
  void reportsATypeThatNeverResolves() {
    JavaFileObject foo = foo();
    Compilation c = Compilations.compile(Fixtures.with(List.of(foo, Fixtures.list("Foo"))));
    assertThat(c).hadErrorContaining("[kubegen-unresolved] kubegen could not process test.Foo:"
        + " type GeneratedSpec of property 'spec' of test.Foo is not resolved")
        .inFile(foo).onLineContaining("public class Foo");
    assertThat(c).hadErrorContaining("cannot find symbol");
  }
}
