package io.kubegen.input;

import java.nio.file.Path;

/**
 * A one-off measurement, not a test: {@code java -cp ... io.kubegen.input.ReadTiming [spec]}. Prints
 * the first (cold JVM) read of the 1.36 v2 spec and the mean of later (warm) reads.
 */
public final class ReadTiming {
  private ReadTiming() {}

  public static void main(String[] args) {
    Path spec = Path.of(args.length > 0 ? args[0] : "../../shared/corpus/specs/v2/kubernetes-1.36.0.json");
    long t0 = System.nanoTime();
    OpenApiReader.create().read(spec);
    long first = System.nanoTime() - t0;
    int runs = 20;
    long t1 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      OpenApiReader.create().read(spec);
    }
    long warm = (System.nanoTime() - t1) / runs;
    System.out.printf("first read %.0f ms, warm read %.1f ms (mean of %d)%n", first / 1e6, warm / 1e6, runs);
  }
}
