package io.kubegen.input;

import io.kubegen.generator.model.*;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() {
    long t0 = System.nanoTime();
    ApiModel m = OpenApiReader.create().read(Corpus.dir("specs/v2/kubernetes-1.36.0.json"));
    long t1 = System.nanoTime();
    for (int i = 0; i < 5; i++) OpenApiReader.create().read(Corpus.dir("specs/v2/kubernetes-1.36.0.json"));
    long t2 = System.nanoTime();
    System.out.println("first " + (t1 - t0) / 1e6 + " ms, warm avg " + (t2 - t1) / 5e6 + " ms");
    int res = 0;
    for (ApiGroup g : m.groups()) for (ApiVersion v : g.versions()) {
      System.out.println(g.name() + "/" + v.name() + " resources=" + v.resources().size() + " types=" + v.types().size());
      res += v.resources().size();
    }
    System.out.println("groups " + m.groups().size() + " resources " + res + " types " + m.types().size());
    Resource pod = m.group("").get().version("v1").get().resource("Pod").get();
    System.out.println(pod);
  }
}
