package io.kubegen.input.generate;

import io.kubegen.generator.emit.Generator;
import io.kubegen.generator.emit.GeneratorResult;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import io.kubegen.input.CrdReadResult;
import io.kubegen.input.CrdReader;
import io.kubegen.input.GroupVersionFilter;
import io.kubegen.input.OpenApiReader;
import io.kubegen.input.ReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The whole generation, as the Maven plugin and the command line run it: check the options,
 * resolve the inputs, stop if the output is up to date, read, generate, and replace the output
 * directory as a whole (see {@link OutputDirectory}). With {@code fromCluster} the cluster's
 * OpenAPI is read through {@link io.kubegen.input.ClusterReader} on every run (there is nothing to
 * fingerprint without fetching it), so such a run is never "up to date".
 *
 * <pre>{@code
 * GenerationSummary s = GenerationRun.create().run(GenerationConfig.builder()
 *     .crds(List.of("src/main/crds/*.yaml")).basePackage("io.acme.k8s")
 *     .outputDirectory(Path.of("target/generated-sources/kubegen")).build());
 * log.info(s.line());
 * }</pre>
 *
 * <p>Every failure is a {@link GenerationException} whose message is for the user as it is. Holds
 * no state between runs; runs on different output directories may go in parallel.
 */
public final class GenerationRun {
  private final LongSupplier nanoTime;
  private final ClusterSource cluster;

  private GenerationRun(LongSupplier nanoTime, ClusterSource cluster) {
    this.nanoTime = nanoTime;
    this.cluster = cluster;
  }

  public static GenerationRun create() {
    return new GenerationRun(System::nanoTime, ClusterSource.kubeconfig());
  }

  /** With a clock for the elapsed time of the summary (tests). */
  static GenerationRun create(LongSupplier nanoTime) {
    return create(nanoTime, ClusterSource.kubeconfig());
  }

  /** With a clock and the cluster {@code fromCluster} reads (tests). */
  static GenerationRun create(LongSupplier nanoTime, ClusterSource cluster) {
    return new GenerationRun(Objects.requireNonNull(nanoTime, "nanoTime"), Objects.requireNonNull(cluster, "cluster"));
  }

  public GenerationSummary run(GenerationConfig config) {
    Objects.requireNonNull(config, "config");
    long start = nanoTime.getAsLong();
    Path base = config.baseDirectory();
    OutputDirectory out = new OutputDirectory(base.resolve(config.outputDirectory()));
    Path shown = shown(base, out.path());
    if (config.skip()) {
      return summary(GenerationSummary.Outcome.SKIPPED, null, start, shown, List.of());
    }
    Naming naming = naming(config);
    GroupVersionFilter filter = filter(config);
    if (config.basePackage().isEmpty()) {
      throw usage("[kubegen] the base package is required (for example io.acme.k8s)");
    }
    if (config.specs().isEmpty() && config.crds().isEmpty() && !config.fromCluster()) {
      throw usage("[kubegen] no input: give OpenAPI specs, CRDs, or fromCluster");
    }
    if (config.context().isPresent() && !config.fromCluster()) {
      throw usage("[kubegen] a kubeconfig context applies to fromCluster only");
    }
    try {
      out.checkOwned();
      List<Path> specs = InputFiles.resolve(base, config.specs(), "spec");
      List<Path> crds = InputFiles.resolve(base, config.crds(), "crd");
      InputFingerprint fingerprint = new InputFingerprint(config, specs, crds);
      // What a cluster serves cannot be fingerprinted without reading it: always regenerate.
      if (!config.fromCluster() && out.upToDate(fingerprint)) {
        return summary(GenerationSummary.Outcome.UP_TO_DATE, null, start, shown, List.of());
      }
      fingerprint.startContent();
      // Built only now: an up-to-date build need not load the emitters. Options that fail here
      // never generated, so no marker can hold them.
      Generator generator = generator(config, naming);
      List<ApiModel> models = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      if (!specs.isEmpty()) {
        models.add(OpenApiReader.create(naming, filter).read(specs));
        sources.add("OpenAPI specs");
      }
      if (!crds.isEmpty()) {
        CrdReadResult read = CrdReader.create(naming, filter).read(crds);
        models.add(read.model());
        sources.add("CRDs");
        notes.addAll(read.notes());
      }
      if (config.fromCluster()) {
        models.add(cluster.read(config.context(), filter, naming));
        sources.add("cluster" + config.context().map(c -> " (context " + c + ")").orElse(""));
      }
      GeneratorResult result = generate(generator, ModelMerge.merge(models, sources));
      out.replace(result, fingerprint);
      return summary(GenerationSummary.Outcome.GENERATED, result.counts(), start, shown, notes);
    } catch (ReadException e) {
      throw new GenerationException(GenerationException.Kind.INPUT, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new GenerationException("[kubegen] I/O failure: " + e.getMessage(), e);
    }
  }

  private static GeneratorResult generate(Generator generator, ApiModel model) {
    try {
      return generator.generate(model);
    } catch (IllegalArgumentException e) {
      // the model does not fit an emitter (its message is tagged and says why)
      throw new GenerationException(GenerationException.Kind.INPUT, e.getMessage());
    }
  }

  private static Naming naming(GenerationConfig config) {
    Naming.Builder b = Naming.builder();
    for (String p : config.pluralExceptions()) {
      try {
        b.pluralException(p);
      } catch (IllegalArgumentException e) {
        throw usage("[kubegen] " + e.getMessage());
      }
    }
    return b.build();
  }

  private static GroupVersionFilter filter(GenerationConfig config) {
    try {
      return GroupVersionFilter.of(config.includes(), config.excludes());
    } catch (IllegalArgumentException e) {
      throw usage("[kubegen] " + e.getMessage());
    }
  }

  private static Generator generator(GenerationConfig config, Naming naming) {
    Generator.Builder b = Generator.builder().basePackage(config.basePackage()).naming(naming)
        .userTypes(config.userTypes());
    if (!config.generators().isEmpty()) {
      b.kinds(config.generators());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String m = e.getMessage();
      throw usage(m.startsWith("[kubegen") ? m : "[kubegen] " + m);
    }
  }

  private GenerationSummary summary(
      GenerationSummary.Outcome outcome, GeneratorResult.Counts counts, long start, Path shown,
      List<String> notes) {
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
    return counts == null
        ? new GenerationSummary(outcome, 0, 0, 0, elapsed, shown, notes)
        : new GenerationSummary(outcome, counts.groups(), counts.resources(), counts.files(), elapsed, shown, notes);
  }

  /** The output relative to the base directory when inside it: shorter, and no user's home in logs. */
  private static Path shown(Path base, Path out) {
    Path b = base.toAbsolutePath().normalize();
    return out.startsWith(b) && !out.equals(b) ? b.relativize(out) : out;
  }

  private static GenerationException usage(String message) {
    return new GenerationException(GenerationException.Kind.USAGE, message);
  }
}
