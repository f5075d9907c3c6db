package io.kubegen.input.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.generator.emit.Generator;
import io.kubegen.generator.emit.GeneratorResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warm-up swallows failures, so only this test notices a model the emitters refuse. */
class WarmUpTest {
  @Test
  void builtInModelExercisesEveryEmitter() {
    Generator generator = Generator.builder().basePackage("io.acme.k8s").build();
    GeneratorResult result = generator.generate(WarmUp.model());
    Map<String, Integer> byKind = result.counts().filesByKind();
    assertEquals(Generator.builtInKinds(), byKind.keySet());
    byKind.forEach((kind, files) -> assertTrue(files > 0, kind + " emitted nothing"));
    assertTrue(result.sources().containsKey("io/acme/k8s/apis/warmup/v1/Thing.java"), result.sources().keySet().toString());
  }

  @Test
  void warmUpLeavesTheRealRunUnchanged() {
    Generator generator = Generator.builder().basePackage("io.acme.k8s").build();
    Map<String, String> before = generator.generate(WarmUp.model()).sources();
    WarmUp.join(WarmUp.start(generator));
    WarmUp.run(generator);
    assertEquals(before, generator.generate(WarmUp.model()).sources());
  }
}
