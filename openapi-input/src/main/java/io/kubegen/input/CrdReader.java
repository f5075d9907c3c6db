package io.kubegen.input;

import io.kubegen.generator.naming.Naming;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads CustomResourceDefinitions (apiextensions.k8s.io/v1) from YAML or JSON: one or many
 * documents per file, files or directories ({@code .yaml}, {@code .yml}, {@code .json}), and
 * install bundles that mix CRDs with other objects (those are skipped, one note each).
 *
 * <p>Every served version becomes a group version with one resource (scope, names, short names,
 * categories, status and scale subresources, every verb the apiserver serves for custom
 * resources) and the types of its {@code openAPIV3Schema}: the kind, a synthesized list type, and
 * one type per inline object or string enum, named by {@link Naming#nestedTypeName} and unique per
 * package. {@code metadata} is always the runtime's ObjectMeta.
 *
 * <p>The apiserver's rules decide what is an error: a CRD it would reject (names that are not DNS
 * labels, a name that is not {@code plural.group}, no or two storage versions, a version without
 * schema, a {@code $ref}, a list type on a non-array, an enum value of the wrong type) fails the
 * read with a {@link ReadException} listing every problem with file, document, line and JSON
 * pointer; a CRD it accepts reads, whatever text its descriptions, enums and defaults carry
 * (emitters escape them). Immutable and thread-safe.
 */
public final class CrdReader {
  private final Naming naming;
  private final GroupVersionFilter filter;

  private CrdReader(Naming naming, GroupVersionFilter filter) {
    this.naming = naming;
    this.filter = filter;
  }

  public static CrdReader create() {
    return new CrdReader(Naming.defaults(), GroupVersionFilter.all());
  }

  public static CrdReader create(Naming naming, GroupVersionFilter filter) {
    return new CrdReader(
        Objects.requireNonNull(naming, "naming must not be null"),
        Objects.requireNonNull(filter, "filter must not be null"));
  }

  /** Reads a file, or every YAML and JSON file of a directory. */
  public CrdReadResult read(Path path) {
    return read(List.of(Objects.requireNonNull(path, "path must not be null")));
  }

  /** Reads files and directories together. */
  public CrdReadResult read(List<Path> paths) {
    Objects.requireNonNull(paths, "paths must not be null");
    Problems problems = new Problems();
    List<InputDocument> documents = Inputs.read(paths, List.of(".yaml", ".yml", ".json"), problems);
    problems.throwIfAny();
    return readDocuments(documents, problems);
  }

  /** Reads documents already in memory. */
  public CrdReadResult readDocuments(List<InputDocument> documents) {
    return readDocuments(List.copyOf(documents), new Problems());
  }

  private CrdReadResult readDocuments(List<InputDocument> documents, Problems problems) {
    CrdReadResult result = new CrdRun(naming, filter, problems).run(documents);
    problems.throwIfAny();
    return result;
  }
}
