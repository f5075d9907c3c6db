package io.kubegen.generator.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An object type: a class with properties.
 *
 * @param name simple name, unique in its version
 * @param description the schema's description, or {@code ""}
 * @param properties in input order, JSON names unique
 * @param additionalProperties the value type of {@code additionalProperties} next to declared
 *     properties, or empty
 * @param preserveUnknownFields {@code x-kubernetes-preserve-unknown-fields}: fields the schema does
 *     not declare are kept on a round trip
 * @param deprecated the type is deprecated
 */
public record ObjectDef(
    String name,
    String description,
    List<Property> properties,
    Optional<TypeRef> additionalProperties,
    boolean preserveUnknownFields,
    boolean deprecated)
    implements TypeDef {

  public ObjectDef {
    Checks.notBlank(name, "name");
    Checks.notNull(description, "description");
    properties = Checks.copy(properties, "properties");
    Checks.notNull(additionalProperties, "additionalProperties");
    Set<String> seen = new HashSet<>();
    for (Property p : properties) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException(
            "properties of type '" + name + "' declare '" + p.name() + "' twice");
      }
    }
  }

  /** An object with these properties and nothing else. */
  public static ObjectDef of(String name, List<Property> properties) {
    return new ObjectDef(name, "", properties, Optional.empty(), false, false);
  }

  /**
   * The list type of a resource, as the apiserver serves it: {@code apiVersion}, {@code kind},
   * {@code metadata} (ListMeta) and {@code items} (required). For CRDs, which declare no list
   * schema.
   */
  public static ObjectDef resourceList(String listKind, TypeId itemType) {
    Checks.notNull(itemType, "itemType");
    return of(
        listKind,
        List.of(
            Property.of("apiVersion", TypeRef.STRING),
            Property.builder("items", TypeRef.arrayOf(new TypeRef.NamedRef(itemType)))
                .required(true)
                .build(),
            Property.of("kind", TypeRef.STRING),
            Property.of("metadata", TypeRef.meta(MetaType.LIST_META))));
  }

  /** The property with this JSON name, if declared. */
  public Optional<Property> property(String jsonName) {
    return properties.stream().filter(p -> p.name().equals(jsonName)).findFirst();
  }
}
