package io.kubegen.generator.emit;

import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.naming.Naming;
import io.kubegen.generator.naming.PackageLayout;
import java.util.Objects;
import java.util.Set;

/**
 * What every emitter gets: the model, the naming rules, the package layout derived from the base
 * package and the model's groups, and the artifact kinds this run emits (so that, say, the
 * clientset emitter knows whether expansion interfaces are the user's own).
 *
 * @param userTypes fully qualified names of classes the user already has (expansion interfaces
 *     written by hand); emitters refer to them instead of generating them
 */
public record EmitContext(
    ApiModel model, Naming naming, PackageLayout layout, Set<String> kinds, Set<String> userTypes) {

  public EmitContext {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(naming, "naming");
    Objects.requireNonNull(layout, "layout");
    kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
    userTypes = Set.copyOf(Objects.requireNonNull(userTypes, "userTypes"));
  }

  /** A context for all artifact kinds, with no user types. */
  public static EmitContext of(ApiModel model, Naming naming, String basePackage) {
    return new EmitContext(model, naming,
        naming.layout(basePackage, model.groups().stream().map(g -> g.name()).toList()),
        Set.of("models", "register", "clientset", "fake", "listers", "informers"), Set.of());
  }
}
