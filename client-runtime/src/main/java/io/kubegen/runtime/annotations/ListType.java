package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How server-side apply merges a list property ({@code x-kubernetes-list-type}): replaced whole
 * ({@link Type#ATOMIC}), a set of scalars ({@link Type#SET}), or a map of objects keyed by
 * {@link #keys()} ({@link Type#MAP}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ListType {
  Type value();

  /** For {@link Type#MAP}: the item properties that identify an item ({@code name}). */
  String[] keys() default {};

  /** The list types the API server knows. */
  enum Type {
    ATOMIC,
    SET,
    MAP
  }
}
