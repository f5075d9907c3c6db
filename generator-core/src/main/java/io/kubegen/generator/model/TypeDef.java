package io.kubegen.generator.model;

/**
 * A type the model defines, which an emitter turns into a Java class or enum in the package of its
 * group and version. Referred to by {@link TypeRef.NamedRef} through its {@link TypeId}.
 */
public sealed interface TypeDef permits ObjectDef, EnumDef {
  /** The simple name, unique in its version (see {@link TypeId#name()}). */
  String name();

  /** The schema's description, or {@code ""}. */
  String description();

  boolean deprecated();
}
