package io.kubegen.benchmarks;

import io.kubegen.generator.emit.Generator;
import io.kubegen.generator.emit.GeneratorResult;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.input.CrdReader;
import io.kubegen.input.OpenApiReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the kubegen command line until it lands: the same work (read, generate every
 * artifact kind, write) with the same arguments,
 * {@code generate (--spec FILE | --crd FILE)... --package P --out DIR}. With {@code -Dkubegen.phases=true}
 * it prints how long each phase took to standard error.
 */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) throws IOException {
    List<Path> specs = new ArrayList<>();
    List<Path> crds = new ArrayList<>();
    String basePackage = null;
    Path out = null;
    int i = 0;
    if (args.length > 0 && args[0].equals("generate")) {
      i++;
    }
    for (; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--spec" -> specs.add(Path.of(required(args[i], value)));
        case "--crd" -> crds.add(Path.of(required(args[i], value)));
        case "--package" -> basePackage = required(args[i], value);
        case "--out" -> out = Path.of(required(args[i], value));
        default -> throw usage("unknown argument " + args[i]);
      }
      i++;
    }
    if (basePackage == null || out == null || specs.isEmpty() == crds.isEmpty()) {
      throw usage("need --package, --out and either --spec or --crd files");
    }
    boolean phases = Boolean.getBoolean("kubegen.phases");
    long t0 = System.nanoTime();
    ApiModel model = specs.isEmpty() ? CrdReader.create().read(crds).model() : OpenApiReader.create().read(specs);
    long t1 = System.nanoTime();
    GeneratorResult result = Generator.builder().basePackage(basePackage).build().generate(model);
    long t2 = System.nanoTime();
    result.writeTo(out);
    long t3 = System.nanoTime();
    if (phases) {
      System.err.printf("phases: read %d ms, generate %d ms, write %d ms; %s%n",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, result.counts());
    }
  }

  private static String required(String flag, String value) {
    if (value == null) {
      throw usage(flag + " needs a value");
    }
    return value;
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(problem
        + "; usage: generate (--spec FILE | --crd FILE)... --package PACKAGE --out DIR");
  }
}
