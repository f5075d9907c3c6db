package io.kubegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.naming.PackageLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Runs a chosen subset of emitters over a model: the one entry point of the Maven plugin, the
 * command line and the annotation processor.
 *
 * <pre>{@code
 * GeneratorResult result = Generator.builder()
 *     .basePackage("io.acme.k8s")
 *     .kinds(Set.of("models", "register"))
 *     .build()
 *     .generate(model);
 * result.writeTo(outputDirectory);
 * }</pre>
 *
 * <p>Emitters are found by artifact kind: the built-in ones ({@link #builtInKinds()}), plus any
 * given to {@link Builder#emitter}, which replaces a built-in one of the same kind. Immutable and
 * thread-safe; each {@link #generate} call is independent.
 */
public final class Generator {
  /**
   * The built-in emitters, by kind, in the order they run. A new artifact kind is one line here
   * (or, outside this module, one {@link Builder#emitter} call).
   */
  private static final List<Supplier<Emitter>> BUILT_IN = List.of(
      ModelEmitter::new, RegisterEmitter::new, ClientsetEmitter::new, FakeClientsetEmitter::new,
      ListerEmitter::new, InformerEmitter::new);

  private final String basePackage;
  private final Naming naming;
  private final Map<String, Emitter> emitters;
  private final Set<String> kinds;
  private final Set<String> userTypes;

  private Generator(
      String basePackage, Naming naming, Map<String, Emitter> emitters, Set<String> kinds,
      Set<String> userTypes) {
    this.basePackage = basePackage;
    this.naming = naming;
    this.emitters = emitters;
    this.kinds = kinds;
    this.userTypes = userTypes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The kinds of the built-in emitters: {@code models}, {@code register}, ... */
  public static Set<String> builtInKinds() {
    return builtIn().keySet();
  }

  private static Map<String, Emitter> builtIn() {
    Map<String, Emitter> map = new LinkedHashMap<>();
    for (Supplier<Emitter> s : BUILT_IN) {
      Emitter e = s.get();
      map.put(e.kind(), e);
    }
    return map;
  }

  /** The artifact kinds this generator runs, in run order. */
  public Set<String> kinds() {
    return kinds;
  }

  /**
   * Emits every selected artifact kind for {@code model}. {@link IllegalArgumentException} if two
   * emitters write the same class, or an emitter finds the model unfit (its message starts with
   * a {@code [kubegen-...]} tag).
   */
  public GeneratorResult generate(ApiModel model) {
    Objects.requireNonNull(model, "model");
    PackageLayout layout = naming.layout(basePackage, model.groups().stream().map(ApiGroup::name).toList());
    EmitContext context = new EmitContext(model, naming, layout, kinds, userTypes);
    Map<String, JavaFile> byName = new TreeMap<>();
    Map<String, String> kindByName = new HashMap<>();
    Map<String, Integer> filesByKind = new LinkedHashMap<>();
    // Emitters are independent and stateless: run them side by side (the order of the merged
    // result does not depend on it).
    List<String> kindList = List.copyOf(kinds);
    List<List<JavaFile>> emitted = Parallel.map(kindList, k -> emitters.get(k).emit(context));
    for (int i = 0; i < kindList.size(); i++) {
      String kind = kindList.get(i);
      List<JavaFile> files = emitted.get(i);
      filesByKind.put(kind, files.size());
      for (JavaFile f : files) {
        String name = f.packageName().isEmpty() ? f.typeSpec().name() : f.packageName() + "." + f.typeSpec().name();
        String previous = kindByName.putIfAbsent(name, kind);
        if (previous != null) {
          throw new IllegalArgumentException(
              "[kubegen] emitters '" + previous + "' and '" + kind + "' both write class " + name);
        }
        byName.put(name, f);
      }
    }
    int resources = 0;
    int types = 0;
    for (ApiGroup g : model.groups()) {
      for (var v : g.versions()) {
        resources += v.resources().size();
        types += v.types().size();
      }
    }
    GeneratorResult.Counts counts =
        new GeneratorResult.Counts(model.groups().size(), resources, types, byName.size(), filesByKind);
    return new GeneratorResult(new ArrayList<>(byName.values()), counts);
  }

  /** Builds a {@link Generator}; only the base package is required. */
  public static final class Builder {
    private String basePackage;
    private Naming naming = Naming.defaults();
    private final Map<String, Emitter> extra = new LinkedHashMap<>();
    private Set<String> requestedKinds;
    private Set<String> userTypes = Set.of();

    private Builder() {}

    /** The base package {@code B} of all generated code, for example {@code io.acme.k8s}. */
    public Builder basePackage(String basePackage) {
      this.basePackage = Objects.requireNonNull(basePackage, "basePackage");
      return this;
    }

    public Builder naming(Naming naming) {
      this.naming = Objects.requireNonNull(naming, "naming");
      return this;
    }

    /**
     * The artifact kinds to emit; by default all known ones. They run in the order the emitters
     * are known (built-in first, then added ones), whatever the order given here.
     */
    public Builder kinds(Collection<String> kinds) {
      Objects.requireNonNull(kinds, "kinds");
      kinds.forEach(k -> Objects.requireNonNull(k, "kinds must not contain null"));
      this.requestedKinds = Set.copyOf(kinds);
      return this;
    }

    /** Fully qualified names of classes the user already has (hand-written expansion interfaces). */
    public Builder userTypes(Collection<String> userTypes) {
      Objects.requireNonNull(userTypes, "userTypes");
      this.userTypes = Set.copyOf(userTypes);
      return this;
    }

    /** Adds an emitter, replacing a built-in or earlier one of the same kind. */
    public Builder emitter(Emitter emitter) {
      Objects.requireNonNull(emitter, "emitter");
      String kind = Objects.requireNonNull(emitter.kind(), "emitter.kind()");
      if (kind.isBlank()) {
        throw new IllegalArgumentException("emitter " + emitter.getClass().getName() + " has a blank kind");
      }
      extra.put(kind, emitter);
      return this;
    }

    /** {@link #emitter} for each. */
    public Builder emitters(List<? extends Emitter> emitters) {
      Objects.requireNonNull(emitters, "emitters").forEach(this::emitter);
      return this;
    }

    public Generator build() {
      if (basePackage == null) {
        throw new IllegalStateException("basePackage is required");
      }
      naming.layout(basePackage, List.of()); // fails fast on a base package that is not Java
      Map<String, Emitter> known = builtIn();
      known.putAll(extra);
      Set<String> selected = new LinkedHashSet<>(known.keySet());
      if (requestedKinds != null) {
        Set<String> unknown = new TreeSet<>(requestedKinds);
        unknown.removeAll(known.keySet());
        if (!unknown.isEmpty()) {
          throw new IllegalArgumentException(
              "[kubegen] unknown artifact kind" + (unknown.size() > 1 ? "s " : " ") + unknown
                  + "; known kinds: " + new TreeSet<>(known.keySet()));
        }
        selected.retainAll(requestedKinds);
      }
      return new Generator(
          basePackage, naming, Map.copyOf(known), Collections.unmodifiableSet(selected), userTypes);
    }
  }
}
