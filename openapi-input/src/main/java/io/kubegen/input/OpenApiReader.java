package io.kubegen.input;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads the apiserver's OpenAPI into an {@link ApiModel}: a v2 document ({@code /openapi/v2},
 * Swagger 2.0), one v3 document, or a directory of the per-group-version v3 documents
 * ({@code /openapi/v3/apis/apps/v1}, ...) read together as one API.
 *
 * <ul>
 *   <li>Resources come from the paths: each operation's {@code x-kubernetes-action} decides the
 *       verbs, {@code x-kubernetes-group-version-kind} the kind; a path with {@code {namespace}}
 *       makes the resource namespaced; segments after {@code {name}} are subresources (status,
 *       scale, and others such as eviction, binding, token, log, exec). The deprecated
 *       {@code /watch/} paths only tell which resources serve watch. Server-side apply is added
 *       wherever patch is served.
 *   <li>Types come from the definitions: apimachinery types map to the runtime's classes (see
 *       {@code ApimachineryTypes}); every other definition goes to the group version of its
 *       {@code x-kubernetes-group-version-kind}, or of its Go package
 *       ({@code io.k8s.api.apps.v1.DeploymentSpec} → apps/v1), under its last name segment.
 *       Types that accepted resources refer to are read from any group version.
 * </ul>
 *
 * <p>Reads JSON with Jackson's tree model directly rather than through swagger-parser: it is about
 * ten times faster on the Kubernetes spec, keeps every vendor extension as written, and gives JSON
 * pointers for error messages. Immutable and thread-safe; each read has its own state.
 */
public final class OpenApiReader {
  private final Naming naming;
  private final GroupVersionFilter filter;

  private OpenApiReader(Naming naming, GroupVersionFilter filter) {
    this.naming = naming;
    this.filter = filter;
  }

  /** Default naming, every group version. */
  public static OpenApiReader create() {
    return new OpenApiReader(Naming.defaults(), GroupVersionFilter.all());
  }

  /** Reads with these naming rules (which name inline types) and this filter. */
  public static OpenApiReader create(Naming naming, GroupVersionFilter filter) {
    return new OpenApiReader(
        Objects.requireNonNull(naming, "naming must not be null"),
        Objects.requireNonNull(filter, "filter must not be null"));
  }

  /**
   * Reads a JSON file, or every {@code .json} file of a directory as one API.
   *
   * @throws ReadException listing every problem found, each with its file and JSON pointer
   */
  public ApiModel read(Path path) {
    return read(List.of(Objects.requireNonNull(path, "path must not be null")));
  }

  /** Reads files and directories together as one API. */
  public ApiModel read(List<Path> paths) {
    Objects.requireNonNull(paths, "paths must not be null");
    Problems problems = new Problems();
    List<InputDocument> documents = Inputs.read(paths, List.of(".json"), problems);
    problems.throwIfAny();
    return readDocuments(documents, problems);
  }

  /** Reads documents already in memory (for example fetched from {@code /openapi/v3}). */
  public ApiModel readDocuments(List<InputDocument> documents) {
    return readDocuments(List.copyOf(documents), new Problems());
  }

  private ApiModel readDocuments(List<InputDocument> documents, Problems problems) {
    if (documents.isEmpty()) {
      problems.add("", "", "no OpenAPI document given");
      problems.throwIfAny();
    }
    ApiModel model = new OpenApiRun(naming, filter, problems).run(documents);
    problems.throwIfAny();
    return model;
  }
}
