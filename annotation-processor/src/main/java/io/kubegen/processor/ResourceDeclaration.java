package io.kubegen.processor;

import io.kubegen.generator.model.Scope;
import io.kubegen.generator.model.Subresource;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.model.Verb;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * What one annotated class declares, checked: the processor's value model between reading the
 * annotations and building generator-core's {@code ApiModel} and the CRDs.
 *
 * @param element the class, for diagnostics and originating elements (valid in the round it was
 *     scanned in, which is the round the processor generates in)
 * @param objectType the class itself, as the model refers to it
 * @param listType its list class
 * @param verbs the client verbs, after {@code @GenClient}
 * @param hasStatus the class has a {@code status} property
 * @param statusSubresource the status subresource is served (a status property and no
 *     {@code noStatus})
 * @param scale the scale subresource, if {@code @Scale} asks for it
 * @param extraSubresources subresources of {@code @GenClient.methods}
 * @param expansion the qualified name of {@code @GenClient.expansion}, or empty
 */
record ResourceDeclaration(
    TypeElement element,
    String group,
    String version,
    String kind,
    String plural,
    String singular,
    List<String> shortNames,
    List<String> categories,
    Scope scope,
    boolean storage,
    TypeRef.ExistingClassRef objectType,
    TypeRef.ExistingClassRef listType,
    Set<Verb> verbs,
    boolean hasStatus,
    boolean statusSubresource,
    Optional<Subresource.Scale> scale,
    List<Subresource.Other> extraSubresources,
    String expansion) {

  String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /** {@code crontabs.stable.example.com}: the CRD's name. */
  String crdName() {
    return plural + "." + group;
  }

  String gvk() {
    return group + "/" + version + " " + kind;
  }
}
