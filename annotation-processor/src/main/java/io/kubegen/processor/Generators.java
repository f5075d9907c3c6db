package io.kubegen.processor;

import io.kubegen.generator.emit.ClientsetEmitter;
import io.kubegen.generator.emit.Emitter;
import io.kubegen.generator.emit.FakeClientsetEmitter;
import io.kubegen.generator.emit.InformerEmitter;
import io.kubegen.generator.emit.ListerEmitter;
import io.kubegen.generator.emit.RegisterEmitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The generators {@code -Akubegen.generators} chooses from: generator-core's emitters, by their
 * {@link Emitter#kind()}, and the processor's own {@code crds}. The seam where the processor meets
 * generator-core: emitters not in {@link #available} are not in this build yet (the register,
 * clientset and fake emitters are written elsewhere and join at merge, when the {@code Generator}
 * facade replaces this class).
 */
final class Generators {
  /** Every generator name the option accepts, in output order. */
  static final List<String> KNOWN =
      List.of("register", "clientset", "fake", "listers", "informers", "crds");

  static final String CRDS = "crds";

  private final Map<String, Supplier<Emitter>> available;

  Generators(Map<String, Supplier<Emitter>> available) {
    this.available = new LinkedHashMap<>(available);
  }

  /** The emitters of this build. */
  static Generators standard() {
    Map<String, Supplier<Emitter>> emitters = new LinkedHashMap<>();
    emitters.put("register", RegisterEmitter::new);
    emitters.put("clientset", ClientsetEmitter::new);
    emitters.put("fake", FakeClientsetEmitter::new);
    emitters.put("listers", ListerEmitter::new);
    emitters.put("informers", InformerEmitter::new);
    return new Generators(emitters);
  }

  /**
   * The chosen generator names, in {@link #KNOWN} order: all available ones (and {@code crds})
   * when the option is absent or empty. Reports unknown names as errors and known names this build
   * lacks as warnings.
   */
  Set<String> choose(String option, Diagnostics diagnostics) {
    Set<String> chosen = new LinkedHashSet<>();
    if (option == null || option.isBlank()) {
      for (String name : KNOWN) {
        if (name.equals(CRDS) || available.containsKey(name)) {
          chosen.add(name);
        }
      }
      return chosen;
    }
    Set<String> asked = new LinkedHashSet<>();
    for (String part : option.split(",", -1)) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (!KNOWN.contains(name)) {
        diagnostics.error("[kubegen-option]", "-Akubegen.generators names an unknown generator '"
            + part.strip() + "': choose from " + String.join(", ", KNOWN));
        continue;
      }
      asked.add(name);
    }
    for (String name : KNOWN) {
      if (!asked.contains(name)) {
        continue;
      }
      if (name.equals(CRDS) || available.containsKey(name)) {
        chosen.add(name);
      } else {
        diagnostics.warning("[kubegen-option]", "generator '" + name
            + "' is not available in this build of kubegen and is skipped", null);
      }
    }
    if (chosen.contains("informers") && !chosen.contains("listers")) {
      diagnostics.error("[kubegen-option]", "-Akubegen.generators: the informers hand out the"
          + " generated listers, so 'informers' needs 'listers' too");
      chosen.remove("informers");
    }
    return chosen;
  }

  /** The emitters of the chosen names, in order ({@code crds} is not an emitter). */
  List<Emitter> emitters(Set<String> chosen) {
    List<Emitter> out = new ArrayList<>();
    for (String name : chosen) {
      Supplier<Emitter> e = available.get(name);
      if (e != null) {
        out.add(e.get());
      }
    }
    return out;
  }
}
