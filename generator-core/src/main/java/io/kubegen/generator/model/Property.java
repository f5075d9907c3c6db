package io.kubegen.generator.model;

import java.util.List;

/**
 * One property of an {@link ObjectDef}.
 *
 * @param name the JSON name, exactly as on the wire (the Java names come from {@code Naming})
 * @param type the property's type
 * @param description the schema's description, or {@code ""}
 * @param required listed in the schema's {@code required}
 * @param nullable {@code nullable: true}: an explicit JSON {@code null} is a value
 * @param defaultJson the schema's {@code default} as JSON text (for example {@code "1"},
 *     {@code "\"Always\""}, {@code "{}"}), or {@code ""}; documented, never assigned, so that a
 *     client does not claim defaults in server-side apply
 * @param deprecated the schema marks the property deprecated
 * @param listType {@code x-kubernetes-list-type}, for arrays
 * @param listMapKeys {@code x-kubernetes-list-map-keys}, for arrays with list type {@code map}
 */
public record Property(
    String name,
    TypeRef type,
    String description,
    boolean required,
    boolean nullable,
    String defaultJson,
    boolean deprecated,
    ListType listType,
    List<String> listMapKeys) {

  public Property {
    Checks.notNull(name, "name");
    if (name.isEmpty()) {
      // The empty string is a legal JSON key, but no schema we read declares it on purpose.
      throw new IllegalArgumentException("name must not be empty");
    }
    Checks.notNull(type, "type");
    Checks.notNull(description, "description");
    Checks.notNull(defaultJson, "defaultJson");
    Checks.notNull(listType, "listType");
    listMapKeys = Checks.copyNames(listMapKeys, "listMapKeys");
    if (!listMapKeys.isEmpty() && listType != ListType.MAP) {
      throw new IllegalArgumentException(
          "listMapKeys of property '" + name + "' require listType MAP, not " + listType);
    }
    if (listType != ListType.UNSPECIFIED && !(type instanceof TypeRef.ArrayRef)) {
      throw new IllegalArgumentException(
          "listType of property '" + name + "' requires an array type, not " + type);
    }
  }

  /** A property with no description, flags or default. */
  public static Property of(String name, TypeRef type) {
    return builder(name, type).build();
  }

  public static Builder builder(String name, TypeRef type) {
    return new Builder(name, type);
  }

  /** Builds a {@link Property}; everything except name and type is optional. */
  public static final class Builder {
    private final String name;
    private final TypeRef type;
    private String description = "";
    private boolean required;
    private boolean nullable;
    private String defaultJson = "";
    private boolean deprecated;
    private ListType listType = ListType.UNSPECIFIED;
    private List<String> listMapKeys = List.of();

    private Builder(String name, TypeRef type) {
      this.name = name;
      this.type = type;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    public Builder nullable(boolean nullable) {
      this.nullable = nullable;
      return this;
    }

    public Builder defaultJson(String defaultJson) {
      this.defaultJson = defaultJson;
      return this;
    }

    public Builder deprecated(boolean deprecated) {
      this.deprecated = deprecated;
      return this;
    }

    public Builder listType(ListType listType) {
      this.listType = listType;
      return this;
    }

    public Builder listMapKeys(List<String> listMapKeys) {
      this.listMapKeys = listMapKeys;
      return this;
    }

    public Property build() {
      return new Property(
          name, type, description, required, nullable, defaultJson, deprecated, listType,
          listMapKeys);
    }
  }
}
