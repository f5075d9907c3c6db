package io.kubegen.input.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A run's inputs, fingerprinted by stamp at once and by content on demand: an unchanged build
 * never reads its inputs, and a run that generates hashes them on a background thread while the
 * readers parse them.
 */
final class InputFingerprint {
  private final GenerationConfig config;
  private final List<Path> specs;
  private final List<Path> crds;
  private final String stamp;
  private CompletableFuture<String> content;

  InputFingerprint(GenerationConfig config, List<Path> specs, List<Path> crds) throws IOException {
    this.config = config;
    this.specs = List.copyOf(specs);
    this.crds = List.copyOf(crds);
    this.stamp = Fingerprint.stampOfInputs(config, specs, crds);
  }

  String stamp() {
    return stamp;
  }

  /** Starts hashing the contents on a daemon thread, unless that has begun already. */
  synchronized void startContent() {
    if (content == null) {
      content = new CompletableFuture<>();
      Thread t = new Thread(this::computeContent, "kubegen-fingerprint");
      t.setDaemon(true);
      t.start();
    }
  }

  String content() throws IOException {
    CompletableFuture<String> c;
    synchronized (this) {
      if (content == null) {
        content = new CompletableFuture<>();
        computeContent();
      }
      c = content;
    }
    try {
      return c.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private void computeContent() {
    try {
      content.complete(Fingerprint.ofInputs(config, specs, crds));
    } catch (IOException e) {
      content.completeExceptionally(new UncheckedIOException(e));
    } catch (RuntimeException | Error e) {
      content.completeExceptionally(e);
    }
  }
}
