package io.kubegen.benchmarks;

import io.kubegen.generator.emit.Generator;
import io.kubegen.generator.emit.GeneratorResult;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.input.OpenApiReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Kubernetes 1.36 v2 spec, warm: reading it into the model, generating the complete client
 * from the model (every artifact kind, as JavaPoet files), rendering those to source text (what
 * writing them costs apart from the disk), and all three together (the "read + generate").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
public class SpecBenchmark {
  private Path spec;
  private ApiModel model;
  private GeneratorResult generated;

  @Setup
  public void setUp() {
    spec = Corpus.file(Corpus.SPEC);
    model = OpenApiReader.create().read(spec);
    generated = generator().generate(model);
  }

  static Generator generator() {
    return Generator.builder().basePackage("io.acme.k8s").build();
  }

  @Benchmark
  public ApiModel read() {
    return OpenApiReader.create().read(spec);
  }

  @Benchmark
  public GeneratorResult generate() {
    return generator().generate(model);
  }

  @Benchmark
  public Map<String, String> render() {
    return generated.sources();
  }

  @Benchmark
  public Map<String, String> readGenerateRender() {
    return generator().generate(OpenApiReader.create().read(spec)).sources();
  }
}
