package io.kubegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.kubegen.generator.emit.EmitContext;
import io.kubegen.generator.emit.Emitter;
import io.kubegen.generator.emit.GeneratedSources;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Emitting and rendering off javac's thread writes what the emitters return, in their order. */
class SourcePipelineTest {
  private static final EmitContext CONTEXT =
      EmitContext.of(ApiModel.of(List.of()), Naming.defaults(), "com.example.client");

  /** Returns {@code count} empty classes named {@code <prefix>0..}. */
  private record Classes(String kind, String prefix, int count) implements Emitter {
    @Override
    public List<JavaFile> emit(EmitContext context) {
      List<JavaFile> files = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        files.add(JavaFile.builder("com.example.client",
            TypeSpec.classBuilder(prefix + i).addJavadoc("Number $L, na\u00efve.\n", i).build()).build());
      }
      return files;
    }
  }

  private record Failing(String kind, RuntimeException failure) implements Emitter {
    @Override
    public List<JavaFile> emit(EmitContext context) {
      throw failure;
    }
  }

  /** A Filer that keeps what is written, by name, and refuses the names it is told to. */
  private static final class RecordingFiler implements Filer {
    final Map<String, StringWriter> written = new LinkedHashMap<>();
    final Set<String> refused;

    RecordingFiler(Set<String> refused) {
      this.refused = refused;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws FilerException {
      if (refused.contains(name.toString())) {
        throw new FilerException("Attempt to recreate a file for type " + name);
      }
      StringWriter text = new StringWriter();
      written.put(name.toString(), text);
      return new SimpleJavaFileObject(URI.create("mem:///" + name), JavaFileObject.Kind.SOURCE) {
        @Override
        public Writer openWriter() {
          return text;
        }
      };
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName) {
      throw new UnsupportedOperationException();
    }
  }

  /** Keeps the messages printed. */
  private static final class RecordingMessager implements Messager {
    final List<String> messages = new ArrayList<>();

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      messages.add(kind + " " + msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        AnnotationMirror a) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        AnnotationMirror a, AnnotationValue v) {
      printMessage(kind, msg);
    }
  }

  private static Map<String, String> expected(Emitter... emitters) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Emitter e : emitters) {
      for (JavaFile f : e.emit(CONTEXT)) {
        out.put(f.packageName() + "." + f.typeSpec().name(), GeneratedSources.text(f));
      }
    }
    return out;
  }

  private static Map<String, String> texts(RecordingFiler filer) {
    Map<String, String> out = new LinkedHashMap<>();
    filer.written.forEach((name, text) -> out.put(name, text.toString()));
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3})
  void writesEveryFileInEmitterOrder(int workers) {
    List<Emitter> emitters = List.of(new Classes("a", "A", 40), new Classes("b", "B", 1),
        new Classes("c", "C", 0), new Classes("d", "D", 25));
    RecordingFiler filer = new RecordingFiler(Set.of());
    RecordingMessager messager = new RecordingMessager();
    Diagnostics diagnostics = new Diagnostics(messager);
    try (SourcePipeline pipeline = SourcePipeline.start(CONTEXT, emitters, workers)) {
      pipeline.write(filer, new Element[0], diagnostics, null);
    }
    diagnostics.flush();
    assertEquals(List.of(), messager.messages);
    Map<String, String> expected = expected(emitters.toArray(Emitter[]::new));
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(filer.written.keySet()));
    assertEquals(expected, texts(filer));
    // ASCII, as the command line writes: the non-ASCII letter is a unicode escape
    assertTrue(texts(filer).values().stream().allMatch(text -> text.chars().allMatch(c -> c < 0x80)));
    assertTrue(texts(filer).get("com.example.client.A0").contains("Number 0, na\\u00efve."));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void reportsAnUnfitModelAndARefusedFileAndWritesTheRest(int workers) {
    Classes a = new Classes("a", "A", 3);
    Classes b = new Classes("b", "B", 2);
    List<Emitter> emitters =
        List.of(a, new Failing("listers", new IllegalArgumentException("no kinds")), b);
    RecordingFiler filer = new RecordingFiler(Set.of("com.example.client.A1"));
    RecordingMessager messager = new RecordingMessager();
    Diagnostics diagnostics = new Diagnostics(messager);
    try (SourcePipeline pipeline = SourcePipeline.start(CONTEXT, emitters, workers)) {
      pipeline.write(filer, new Element[0], diagnostics, null);
    }
    diagnostics.flush();
    assertEquals(List.of(
        "ERROR [kubegen-generate] cannot write com.example.client.A1: Attempt to recreate a file"
            + " for type com.example.client.A1",
        "ERROR [kubegen-generate] generator 'listers': no kinds"), messager.messages);
    Map<String, String> expected = expected(a, b);
    expected.remove("com.example.client.A1");
    assertEquals(expected, texts(filer));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void rethrowsAnEmitterBugAsThrown(int workers) {
    NullPointerException bug = new NullPointerException("a bug");
    RecordingFiler filer = new RecordingFiler(Set.of());
    Diagnostics diagnostics = new Diagnostics(new RecordingMessager());
    try (SourcePipeline pipeline =
        SourcePipeline.start(CONTEXT, List.of(new Failing("informers", bug)), workers)) {
      assertSame(bug, assertThrows(NullPointerException.class,
          () -> pipeline.write(filer, new Element[0], diagnostics, null)));
    }
    assertTrue(filer.written.isEmpty());
  }
}
