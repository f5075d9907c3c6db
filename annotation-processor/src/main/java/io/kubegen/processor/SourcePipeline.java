package io.kubegen.processor;

import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.emit.EmitContext;
import io.kubegen.generator.emit.Emitter;
import io.kubegen.generator.emit.GeneratedSources;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Runs the emitters and renders their files on worker threads, while javac's thread does what
 * must stay on it: building the CRDs from the compiler's model, then one {@code createSourceFile}
 * per file, whose checks look the new name up in every module of the compilation and cost more
 * than rendering the file. Emitters and JavaPoet touch no compiler state; the {@link Filer} and
 * {@link Diagnostics} are used on the calling thread only.
 */
final class SourcePipeline implements AutoCloseable {
  private final List<Emitter> emitters;
  private final List<Future<List<JavaFile>>> emitted = new ArrayList<>();
  /** Null when there is no second processor: then each task runs when its result is needed. */
  private final ExecutorService pool;

  private SourcePipeline(EmitContext context, List<Emitter> emitters, int workers) {
    this.emitters = List.copyOf(emitters);
    this.pool = workers <= 0 ? null : Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "kubegen-emit");
      t.setDaemon(true);
      return t;
    });
    for (Emitter emitter : this.emitters) {
      emitted.add(submit(() -> emitter.emit(context)));
    }
  }

  /** Starts the emitters, on all processors but the caller's (at most three). */
  static SourcePipeline start(EmitContext context, List<Emitter> emitters) {
    int workers = Math.min(3, Runtime.getRuntime().availableProcessors() - 1);
    return start(context, emitters, workers);
  }

  static SourcePipeline start(EmitContext context, List<Emitter> emitters, int workers) {
    return new SourcePipeline(context, emitters, workers);
  }

  /**
   * Writes every emitted file through the Filer, in emitter order, each originating from {@code
   * origins}. An emitter that finds the model unfit and a file that cannot be written are
   * reported at {@code at} and the others still written.
   */
  void write(Filer filer, Element[] origins, Diagnostics diagnostics, Element at) {
    for (int i = 0; i < emitters.size(); i++) {
      List<JavaFile> files;
      try {
        files = join(emitted.get(i));
      } catch (IllegalArgumentException | IllegalStateException e) {
        diagnostics.error("[kubegen-generate]", "generator '" + emitters.get(i).kind() + "': "
            + e.getMessage(), at);
        continue;
      }
      List<Future<String>> texts = new ArrayList<>(files.size());
      for (JavaFile file : files) {
        texts.add(submit(() -> GeneratedSources.text(file)));
      }
      for (int j = 0; j < files.size(); j++) {
        write(filer, name(files.get(j)), texts.get(j), origins, diagnostics, at);
      }
    }
  }

  /** Stops the workers; what they still run is left to finish unseen. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Waits for the text only once the Filer has checked the name, the costlier part. */
  private static void write(Filer filer, String name, Future<String> text, Element[] origins,
      Diagnostics diagnostics, Element at) {
    try {
      JavaFileObject target = filer.createSourceFile(name, origins);
      String rendered = join(text);
      try (Writer out = target.openWriter()) {
        out.write(rendered);
      }
    } catch (IOException e) {
      diagnostics.error("[kubegen-generate]", "cannot write " + name + ": " + e.getMessage(), at);
    }
  }

  private static String name(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }

  private <T> Future<T> submit(Callable<T> task) {
    return pool == null ? new FutureTask<>(task) : pool.submit(task);
  }

  /**
   * The task's result. A task no worker has started yet runs here rather than being waited for
   * (a worker then skips it); a failure is rethrown as it was thrown.
   */
  private static <T> T join(Future<T> future) {
    if (future instanceof FutureTask<T> task && !task.isDone()) {
      task.run();
    }
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating sources", e);
    }
  }
}
