package io.kubegen.generator.model;

import java.util.List;

/**
 * A string enum. Values keep their input order and are unique; they may be any text (including
 * {@code ""}), since the constant names come from {@code Naming.enumConstants}.
 *
 * @param name simple name, unique in its version
 * @param description the schema's description, or {@code ""}
 * @param values the allowed values, in input order
 * @param deprecated the type is deprecated
 */
public record EnumDef(String name, String description, List<String> values, boolean deprecated)
    implements TypeDef {

  public EnumDef {
    Checks.notBlank(name, "name");
    Checks.notNull(description, "description");
    values = Checks.copy(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values of enum '" + name + "' must not be empty");
    }
    if (values.stream().distinct().count() != values.size()) {
      throw new IllegalArgumentException("values of enum '" + name + "' must be unique: " + values);
    }
  }

  public static EnumDef of(String name, List<String> values) {
    return new EnumDef(name, "", values, false);
  }
}
