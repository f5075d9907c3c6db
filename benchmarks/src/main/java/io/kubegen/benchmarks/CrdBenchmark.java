package io.kubegen.benchmarks;

import io.kubegen.input.CrdReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Each large corpus CRD, warm: read, generate the complete client, render it to source text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
public class CrdBenchmark {
  @Param({"strimzi-kafka", "crunchy-postgres-postgrescluster", "cert-manager-v1.7.1-crds",
      "camel-k-integrationplatform", "artemis-operator-activemqartemis"})
  public String crd;

  private Path file;

  @Setup
  public void setUp() {
    file = Corpus.file("crds/" + crd + ".yaml");
  }

  @Benchmark
  public Map<String, String> readGenerateRender() {
    return SpecBenchmark.generator().generate(CrdReader.create().read(file).model()).sources();
  }
}
