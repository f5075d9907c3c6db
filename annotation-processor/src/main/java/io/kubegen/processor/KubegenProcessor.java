package io.kubegen.processor;

import com.google.auto.service.AutoService;
import io.kubegen.generator.emit.EmitContext;
import io.kubegen.generator.emit.Emitter;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.JavaIdentifiers;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.naming.PackageLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Turns classes annotated with {@code io.kubegen.runtime.annotations.Version} into what
 * client-gen, lister-gen, informer-gen and register-gen give a Go team, plus their CRD, during the
 * same javac run. A straight pipeline, run once all resource classes resolve:
 *
 * <ol>
 *   <li>{@link ResourceScanner}: each class → a checked {@link ResourceDeclaration};
 *   <li>{@link ModelBuilder}: joint checks, then generator-core's {@code ApiModel}, whose resources
 *       are the user's own classes ({@code ExistingClassRef}s; no model classes are generated);
 *   <li>the emitters chosen by {@code -Akubegen.generators} → sources through the {@link Filer},
 *       every file originating from all resource classes (the output is aggregating); emitting
 *       and rendering run on other threads ({@link SourcePipeline}) while this one builds the CRDs
 *       and creates the files;
 *   <li>{@link CrdBuilder} → {@code META-INF/kubegen/crds/<plural>.<group>.yaml} in the class
 *       output.
 * </ol>
 *
 * <p>Options: {@code -Akubegen.package} (the base package; by default the resource classes' common
 * package plus {@code .client}) and {@code -Akubegen.generators} (a comma-separated subset of
 * {@link Generators#KNOWN}). Problems are reported through {@link Diagnostics}, never thrown; the
 * processor never claims its annotations and keeps no static state.
 */
@AutoService(Processor.class)
@SupportedOptions({KubegenProcessor.PACKAGE_OPTION, KubegenProcessor.GENERATORS_OPTION})
public final class KubegenProcessor extends AbstractProcessor {
  static final String PACKAGE_OPTION = "kubegen.package";
  static final String GENERATORS_OPTION = "kubegen.generators";
  static final String CRD_DIRECTORY = "META-INF/kubegen/crds/";

  /** Annotations that mean nothing without {@code @Version} on the same class. */
  private static final List<String> RESOURCE_ONLY = List.of(Mirrors.KIND, Mirrors.PLURAL,
      Mirrors.SINGULAR, Mirrors.SHORT_NAMES, Mirrors.CATEGORIES, Mirrors.CLUSTER_SCOPED,
      Mirrors.STORAGE, Mirrors.SCALE, Mirrors.GEN_CLIENT);

  /** Resource classes seen but not generated yet, by qualified name (sorted: deterministic). */
  private final Set<String> pending = new TreeSet<>();
  private final Generators generators;
  /** Sees the model the emitters get; a test seam, a no-op otherwise. */
  private final Consumer<ApiModel> modelListener;
  private Diagnostics diagnostics;
  private boolean generated;

  public KubegenProcessor() {
    this(Generators.standard());
  }

  KubegenProcessor(Generators generators) {
    this(generators, model -> {});
  }

  /** With a listener that sees each {@code ApiModel} built, for tests to compare against. */
  KubegenProcessor(Generators generators, Consumer<ApiModel> modelListener) {
    this.generators = generators;
    this.modelListener = modelListener;
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    types.add(Mirrors.VERSION);
    types.add(Mirrors.GROUP);
    types.addAll(RESOURCE_ONLY);
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      collect(annotations, round);
      if (!pending.isEmpty()) {
        attempt(round.processingOver());
      }
      diagnostics.flush();
    } catch (RuntimeException | Error e) {
      Element at = pending.isEmpty() ? null
          : processingEnv.getElementUtils().getTypeElement(pending.iterator().next());
      diagnostics.internalError(e, at);
      pending.clear();
    }
    return false;
  }

  /**
   * Only the annotation types present in this round are looked for: a round of generated sources
   * carries none of them and costs nothing.
   */
  private void collect(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Mirrors mirrors = new Mirrors(processingEnv.getElementUtils());
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (name.equals(Mirrors.VERSION)) {
        for (TypeElement t : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
          pending.add(t.getQualifiedName().toString());
        }
      } else if (RESOURCE_ONLY.contains(name)) {
        for (Element e : round.getElementsAnnotatedWith(annotation)) {
          if (!mirrors.has(e, Mirrors.VERSION)) {
            diagnostics.error("[kubegen-version]", "@" + annotation.getSimpleName() + " on " + e
                + " has no effect without @Version: add @Version(\"v1\") to make it a resource",
                e, mirrors.find(e, name).orElse(null));
          }
        }
      }
    }
  }

  /** Scans every pending class and generates, or waits for a later round if a type is unresolved. */
  private void attempt(boolean lastRound) {
    Elements elements = processingEnv.getElementUtils();
    if (generated) {
      for (String name : pending) {
        diagnostics.error("[kubegen-round]", name + " appeared after kubegen had generated the"
            + " clients of the other resources: kubegen's output covers all resources at once, so"
            + " generate resource classes before kubegen runs", elements.getTypeElement(name));
      }
      pending.clear();
      return;
    }
    Naming naming = Naming.defaults();
    ResourceScanner scanner =
        new ResourceScanner(elements, processingEnv.getTypeUtils(), diagnostics, naming);
    List<ResourceDeclaration> declarations = new ArrayList<>();
    Emission emission = null;
    try {
      for (String name : pending) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null) {
          scanner.scan(type).ifPresent(declarations::add);
        }
      }
      ModelBuilder models = new ModelBuilder(diagnostics);
      List<ResourceDeclaration> valid = models.check(declarations);
      Set<String> chosen = generators.choose(
          processingEnv.getOptions().get(GENERATORS_OPTION), diagnostics);
      // The emitters need no compiler state: they start on other threads before the CRDs are built.
      emission = valid.isEmpty() ? null : startEmission(valid, models, chosen);
      List<CrdBuilder.Crd> crds = chosen.contains(Generators.CRDS)
          ? new CrdBuilder(elements, processingEnv.getTypeUtils(), diagnostics).build(valid)
          : List.of();
      generated = true;
      if (emission != null) {
        write(valid, emission, crds);
      }
      pending.clear();
    } catch (Unresolved u) {
      diagnostics.discard();
      if (lastRound) {
        for (String name : pending) {
          diagnostics.error("[kubegen-unresolved]", "kubegen could not process " + name + ": "
              + u.getMessage() + " is not resolved; fix the compile errors it depends on",
              elements.getTypeElement(name));
        }
        pending.clear();
      }
    } finally {
      if (emission != null && emission.sources() != null) {
        emission.sources().close();
      }
    }
  }

  /**
   * What generating these declarations will write: the sources being emitted (null when there is
   * no base package or no emitter), and whether the CRDs go too (not when the model was refused).
   */
  private record Emission(ApiModel model, SourcePipeline sources, boolean crds) {}

  private Emission startEmission(List<ResourceDeclaration> valid, ModelBuilder models,
      Set<String> chosen) {
    Optional<String> base = basePackage(valid);
    List<Emitter> emitters = generators.emitters(chosen);
    if (base.isEmpty() || emitters.isEmpty()) {
      return new Emission(null, null, true);
    }
    ApiModel model;
    try {
      model = models.model(valid);
    } catch (IllegalArgumentException e) {
      diagnostics.error("[kubegen-model]", e.getMessage(), valid.get(0).element());
      return new Emission(null, null, false);
    }
    Naming naming = Naming.defaults();
    PackageLayout layout =
        naming.layout(base.get(), model.groups().stream().map(ApiGroup::name).toList());
    Set<String> kinds = new LinkedHashSet<>(chosen);
    kinds.remove(Generators.CRDS);
    EmitContext context =
        new EmitContext(model, naming, layout, kinds, userTypes(valid, naming, layout));
    return new Emission(model, SourcePipeline.start(context, emitters), true);
  }

  private void write(List<ResourceDeclaration> valid, Emission emission,
      List<CrdBuilder.Crd> crds) {
    if (emission.model() != null) {
      modelListener.accept(emission.model());
    }
    if (emission.sources() != null) {
      emission.sources().write(processingEnv.getFiler(), origins(valid), diagnostics,
          valid.get(0).element());
    }
    if (emission.crds()) {
      for (CrdBuilder.Crd crd : crds) {
        writeCrd(crd);
      }
    }
  }

  /** The base package: the option, or the resource classes' common package plus {@code .client}. */
  private Optional<String> basePackage(List<ResourceDeclaration> valid) {
    String option = processingEnv.getOptions().get(PACKAGE_OPTION);
    if (option != null && !option.isBlank()) {
      if (!JavaIdentifiers.isPackageName(option.strip())) {
        diagnostics.error("[kubegen-option]", "-Akubegen.package='" + option
            + "' is not a Java package name");
        return Optional.empty();
      }
      return Optional.of(option.strip());
    }
    String[] common = null;
    int length = 0;
    for (ResourceDeclaration d : valid) {
      String pkg = d.objectType().packageName();
      String[] parts = pkg.isEmpty() ? new String[0] : pkg.split("\\.");
      if (common == null) {
        common = parts;
        length = parts.length;
      } else {
        int i = 0;
        while (i < length && i < parts.length && parts[i].equals(common[i])) {
          i++;
        }
        length = i;
      }
    }
    if (common == null || length == 0) {
      diagnostics.error("[kubegen-option]", "the resource classes share no package to put the"
          + " generated clients under: set -Akubegen.package=<base package>",
          valid.get(0).element());
      return Optional.empty();
    }
    return Optional.of(String.join(".", java.util.Arrays.copyOf(common, length)) + ".client");
  }

  /**
   * Hand-written expansion interfaces, which the emitters must extend instead of generating:
   * those at the generated names (client-go's convention of an expansion file next to the
   * generated code) and those named by {@code @GenClient(expansion = ...)}.
   */
  private Set<String> userTypes(List<ResourceDeclaration> valid, Naming naming,
      PackageLayout layout) {
    Map<String, Set<String>> typesByPackage = new HashMap<>();
    Set<String> found = new TreeSet<>();
    for (ResourceDeclaration d : valid) {
      String type = naming.typeName(d.kind());
      String listers = layout.listerPackage(d.group(), d.version());
      String clients = layout.typedClientPackage(d.group(), d.version());
      addIfPresent(found, typesByPackage, listers, type + "ListerExpansion");
      addIfPresent(found, typesByPackage, listers, type + "NamespaceListerExpansion");
      addIfPresent(found, typesByPackage, clients, type + "Expansion");
      if (!d.expansion().isEmpty()) {
        found.add(d.expansion());
      }
    }
    return found;
  }

  private void addIfPresent(Set<String> found, Map<String, Set<String>> typesByPackage,
      String packageName, String simpleName) {
    if (typesByPackage.computeIfAbsent(packageName, this::typesIn).contains(simpleName)) {
      found.add(packageName + "." + simpleName);
    }
  }

  /**
   * The simple names of the types in a package, sources and class path alike: one listing per
   * package rather than a {@code getTypeElement} per candidate, which searches every module of
   * the compilation when the name is absent, as most are.
   */
  private Set<String> typesIn(String packageName) {
    PackageElement pkg = processingEnv.getElementUtils().getPackageElement(packageName);
    if (pkg == null) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    for (TypeElement t : ElementFilter.typesIn(pkg.getEnclosedElements())) {
      names.add(t.getSimpleName().toString());
    }
    return names;
  }

  private Element[] origins(List<ResourceDeclaration> valid) {
    Elements elements = processingEnv.getElementUtils();
    List<Element> out = new ArrayList<>();
    for (ResourceDeclaration d : valid) {
      out.add(d.element());
      TypeElement list = elements.getTypeElement(d.listType().canonicalName());
      if (list != null) {
        out.add(list);
      }
      PackageElement pkg = elements.getPackageOf(d.element());
      if (!out.contains(pkg) && !pkg.isUnnamed()) {
        out.add(pkg);
      }
    }
    return out.toArray(new Element[0]);
  }

  private void writeCrd(CrdBuilder.Crd crd) {
    Element[] origins = crd.versions().stream().map(ResourceDeclaration::element)
        .toArray(Element[]::new);
    String path = CRD_DIRECTORY + crd.name() + ".yaml";
    try {
      FileObject resource = processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (OutputStream out = resource.openOutputStream()) {
        out.write(crd.yaml().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      diagnostics.error("[kubegen-crd]", "cannot write " + path + ": " + e.getMessage(), origins[0]);
    }
  }
}
