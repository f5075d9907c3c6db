package io.kubegen.input.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one generation run needs, as the Maven plugin and the command line both give it: the
 * one value they map their parameters to before calling {@link GenerationRun#run}.
 *
 * @param baseDirectory where relative input paths and glob patterns are resolved (the project's
 *     basedir, or the working directory of the command line)
 * @param specs OpenAPI v2/v3 files, directories or glob patterns ({@code specs/*.json})
 * @param crds CRD YAML/JSON files, directories or glob patterns ({@code crds/**}{@code /*.yaml})
 * @param fromCluster also read the API of a live cluster (its {@code /openapi/v3})
 * @param context the kubeconfig context for {@code fromCluster}; empty for the current one
 * @param basePackage the base package of all generated code
 * @param generators artifact kinds to emit ({@code models}, {@code register}, ...); empty for all
 * @param includes group or group/version patterns to generate ({@code core/v1}, {@code *.example.com})
 * @param excludes group or group/version patterns to leave out
 * @param pluralExceptions {@code Kind:Plural} entries, as client-gen's {@code --plural-exceptions}
 * @param userTypes qualified names of hand-written classes (expansion interfaces) to extend
 *     instead of generating
 * @param outputDirectory the directory kubegen owns and replaces as a whole
 * @param skip do nothing
 */
public record GenerationConfig(
    Path baseDirectory,
    List<String> specs,
    List<String> crds,
    boolean fromCluster,
    Optional<String> context,
    String basePackage,
    Set<String> generators,
    List<String> includes,
    List<String> excludes,
    List<String> pluralExceptions,
    Set<String> userTypes,
    Path outputDirectory,
    boolean skip) {

  public GenerationConfig {
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    specs = copy(specs, "specs");
    crds = copy(crds, "crds");
    Objects.requireNonNull(context, "context");
    generators = sorted(generators, "generators");
    includes = copy(includes, "includes");
    excludes = copy(excludes, "excludes");
    pluralExceptions = copy(pluralExceptions, "pluralExceptions");
    userTypes = sorted(userTypes, "userTypes");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  public static Builder builder() {
    return new Builder();
  }

  private static List<String> copy(Collection<String> values, String name) {
    Objects.requireNonNull(values, name);
    List<String> out = new ArrayList<>();
    for (String v : values) {
      Objects.requireNonNull(v, name + " must not contain null");
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return List.copyOf(out);
  }

  private static Set<String> sorted(Collection<String> values, String name) {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(copy(values, name)));
  }

  /** Builds a {@link GenerationConfig}; lists left unset are empty, the base directory is "." */
  public static final class Builder {
    private Path baseDirectory = Path.of("");
    private List<String> specs = List.of();
    private List<String> crds = List.of();
    private boolean fromCluster;
    private String context;
    private String basePackage;
    private Collection<String> generators = List.of();
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private List<String> pluralExceptions = List.of();
    private Collection<String> userTypes = List.of();
    private Path outputDirectory;
    private boolean skip;

    private Builder() {}

    public Builder baseDirectory(Path baseDirectory) {
      this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
      return this;
    }

    public Builder specs(List<String> specs) {
      this.specs = Objects.requireNonNull(specs, "specs");
      return this;
    }

    public Builder crds(List<String> crds) {
      this.crds = Objects.requireNonNull(crds, "crds");
      return this;
    }

    public Builder fromCluster(boolean fromCluster) {
      this.fromCluster = fromCluster;
      return this;
    }

    /** The kubeconfig context; null or blank for the current context. */
    public Builder context(String context) {
      this.context = context;
      return this;
    }

    public Builder basePackage(String basePackage) {
      this.basePackage = basePackage;
      return this;
    }

    public Builder generators(Collection<String> generators) {
      this.generators = Objects.requireNonNull(generators, "generators");
      return this;
    }

    public Builder includes(List<String> includes) {
      this.includes = Objects.requireNonNull(includes, "includes");
      return this;
    }

    public Builder excludes(List<String> excludes) {
      this.excludes = Objects.requireNonNull(excludes, "excludes");
      return this;
    }

    public Builder pluralExceptions(List<String> pluralExceptions) {
      this.pluralExceptions = Objects.requireNonNull(pluralExceptions, "pluralExceptions");
      return this;
    }

    public Builder userTypes(Collection<String> userTypes) {
      this.userTypes = Objects.requireNonNull(userTypes, "userTypes");
      return this;
    }

    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
      return this;
    }

    public Builder skip(boolean skip) {
      this.skip = skip;
      return this;
    }

    public GenerationConfig build() {
      if (outputDirectory == null) {
        throw new GenerationException(GenerationException.Kind.USAGE, "the output directory is required");
      }
      Optional<String> ctx = context == null || context.isBlank() ? Optional.empty() : Optional.of(context.strip());
      return new GenerationConfig(
          baseDirectory, specs, crds, fromCluster, ctx, basePackage == null ? "" : basePackage.strip(),
          Set.copyOf(generators), includes, excludes, pluralExceptions, Set.copyOf(userTypes),
          outputDirectory, skip);
    }
  }
}
