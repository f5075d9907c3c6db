package io.kubegen.input.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A run's inputs, fingerprinted by stamp at once and by content on demand: an unchanged build
 * never reads its inputs, and a run that generates hashes them on a background thread while the
 * readers parse them (about 4% of a 1.36 spec run).
 */
final class InputFingerprint {
  private final String stamp;
  /** Runs at most once, whichever thread gets to it first; the others wait for its result. */
  private final FutureTask<String> content;

  InputFingerprint(GenerationConfig config, List<Path> specs, List<Path> crds) throws IOException {
    this.stamp = Fingerprint.stampOfInputs(config, specs, crds);
    List<Path> specsCopy = List.copyOf(specs);
    List<Path> crdsCopy = List.copyOf(crds);
    this.content = new FutureTask<>(() -> Fingerprint.ofInputs(config, specsCopy, crdsCopy));
  }

  String stamp() {
    return stamp;
  }

  /** Starts hashing the contents on a daemon thread. */
  void startContent() {
    Thread t = new Thread(content, "kubegen-fingerprint");
    t.setDaemon(true);
    t.start();
  }

  String content() throws IOException {
    content.run(); // nothing when it has run or is running already
    try {
      return content.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fingerprinting the inputs", e);
    }
  }
}
