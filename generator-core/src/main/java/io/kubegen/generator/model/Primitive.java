package io.kubegen.generator.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Scalar schema types with their formats. The Java type of each lives in one place, the type table
 * in {@code io.kubegen.generator.types.JavaTypes}; {@link #fromOpenApi} is the one place that reads
 * an OpenAPI {@code type}/{@code format} pair.
 */
public enum Primitive {
  STRING,
  BOOLEAN,
  /** {@code integer} without a format: a 64-bit integer, as Kubernetes' own readers treat it. */
  INTEGER,
  INT32,
  INT64,
  /** {@code number} without a format. */
  NUMBER,
  FLOAT,
  DOUBLE,
  /** {@code string} with format {@code byte}: base64 text on the wire, bytes in Java. */
  BYTES,
  /** {@code string} with format {@code date-time}: RFC 3339 timestamp. */
  DATE_TIME;

  /**
   * Maps an OpenAPI {@code type} and {@code format} to a primitive; an unknown format falls back to
   * the plain type (OpenAPI says unknown formats are only hints). Returns empty for types that are
   * not scalars ({@code object}, {@code array}) or unknown.
   */
  public static Optional<Primitive> fromOpenApi(String type, String format) {
    Checks.notNull(type, "type");
    String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
    switch (type) {
      case "string":
        switch (f) {
          case "byte":
            return Optional.of(BYTES);
          case "date-time":
            return Optional.of(DATE_TIME);
          default:
            return Optional.of(STRING);
        }
      case "boolean":
        return Optional.of(BOOLEAN);
      case "integer":
        switch (f) {
          case "int32":
            return Optional.of(INT32);
          case "int64":
            return Optional.of(INT64);
          default:
            return Optional.of(INTEGER);
        }
      case "number":
        switch (f) {
          case "float":
            return Optional.of(FLOAT);
          case "double":
            return Optional.of(DOUBLE);
          case "int32":
            return Optional.of(INT32);
          case "int64":
            return Optional.of(INT64);
          default:
            return Optional.of(NUMBER);
        }
      default:
        return Optional.empty();
    }
  }
}
