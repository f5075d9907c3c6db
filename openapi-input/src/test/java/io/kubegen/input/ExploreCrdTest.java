package io.kubegen.input;

import io.kubegen.generator.model.*;
import java.nio.file.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ExploreCrdTest {
  @Test
  void explore() throws Exception {
    for (Path f : Files.list(Corpus.dir("crds")).sorted().toList()) {
    long t0 = System.nanoTime();
    CrdReadResult r = CrdReader.create().read(f);
    System.out.println(f.getFileName() + " read in " + (System.nanoTime() - t0) / 1e6 + " ms; notes " + r.notes());
    for (ApiGroup g : r.model().groups()) for (ApiVersion v : g.versions()) {
      System.out.println(g.name() + "/" + v.name() + " " + v.resources().stream().map(x -> x.kind() + ":" + x.scope() + ":" + x.subresources().stream().map(Subresource::name).toList()).toList() + " types=" + v.types().size());
    }}
    try (Stream<Path> s = Files.list(Corpus.dir("bad")).sorted()) {
      for (Path p : s.toList()) {
        try {
          CrdReadResult b = CrdReader.create().read(p);
          System.out.println("OK   " + p.getFileName() + " notes=" + b.notes() + " types=" + b.model().types().keySet());
        } catch (ReadException e) {
          System.out.println("FAIL " + p.getFileName() + " " + e.getMessage());
        }
      }
    }
  }
}
