package io.kubegen.maven;

import io.kubegen.input.generate.ExpansionTypes;
import io.kubegen.input.generate.GenerationConfig;
import io.kubegen.input.generate.GenerationException;
import io.kubegen.input.generate.GenerationRun;
import io.kubegen.input.generate.GenerationSummary;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Kubernetes clients (models, scheme registration, clientset, fake clientset,
 * listers, informers) from OpenAPI documents and CRDs, and adds them as a compile source root.
 * Maps its parameters to one {@link GenerationConfig} and runs {@link GenerationRun}: nothing
 * else happens here.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** OpenAPI v2/v3 files, directories or glob patterns, relative to the project's basedir. */
  @Parameter
  private List<String> specs = List.of();

  /** CRD YAML/JSON files, directories or glob patterns, relative to the project's basedir. */
  @Parameter
  private List<String> crds = List.of();

  /** Also reads the API of the cluster in the kubeconfig. */
  @Parameter(property = "kubegen.fromCluster", defaultValue = "false")
  private boolean fromCluster;

  /** The kubeconfig context for {@code fromCluster}; the current context when unset. */
  @Parameter(property = "kubegen.context")
  private String context;

  /** The base package of all generated code, for example {@code io.acme.k8s}. */
  @Parameter(property = "kubegen.basePackage", required = true)
  private String basePackage;

  /** Artifact kinds: models, register, clientset, fake, listers, informers. All when empty. */
  @Parameter
  private List<String> generators = List.of();

  /** Group or group/version patterns to generate ({@code core/v1}, {@code *.example.com}). */
  @Parameter
  private List<String> includes = List.of();

  /** Group or group/version patterns to leave out. */
  @Parameter
  private List<String> excludes = List.of();

  /** {@code Kind:Plural} entries for kinds the English rules pluralise wrongly. */
  @Parameter
  private List<String> pluralExceptions = List.of();

  /** The directory kubegen owns: replaced as a whole on each run. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/kubegen", required = true)
  private File outputDirectory;

  @Parameter(property = "kubegen.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path output = outputDirectory.toPath();
    GenerationSummary summary;
    try {
      summary = GenerationRun.create().run(GenerationConfig.builder()
          .baseDirectory(project.getBasedir().toPath())
          .specs(specs)
          .crds(crds)
          .fromCluster(fromCluster)
          .context(context)
          .basePackage(basePackage)
          .generators(generators)
          .includes(includes)
          .excludes(excludes)
          .pluralExceptions(pluralExceptions)
          .userTypes(userTypes(output))
          .outputDirectory(output)
          .skip(skip)
          .build());
    } catch (GenerationException e) {
      if (e.kind() == GenerationException.Kind.INTERNAL) {
        throw new MojoExecutionException(e.getMessage(), e.getCause());
      }
      throw new MojoFailureException(e.getMessage());
    }
    summary.notes().forEach(n -> getLog().info("kubegen: " + n));
    getLog().info(summary.line());
    if (summary.outcome() != GenerationSummary.Outcome.SKIPPED || Files.isDirectory(output)) {
      project.addCompileSourceRoot(output.toString());
    }
  }

  /** The user's own expansion interfaces, in every source root but ours. */
  private Set<String> userTypes(Path output) {
    Path ours = output.toAbsolutePath().normalize();
    List<Path> roots = project.getCompileSourceRoots().stream()
        .map(r -> Path.of(r).toAbsolutePath().normalize())
        .filter(r -> !r.equals(ours))
        .toList();
    return ExpansionTypes.scan(roots);
  }
}
