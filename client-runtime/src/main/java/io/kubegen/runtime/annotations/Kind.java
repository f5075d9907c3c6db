package io.kubegen.runtime.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kind of a resource class and its list class, when the defaults do not fit. Without it the
 * kind is the class's simple name and the list class is {@code <Kind>List} in the same package
 * (or next to the class, for a nested one).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Kind {
  /** The kind, {@code [A-Z][A-Za-z0-9]*}; empty means the class's simple name. */
  String value() default "";

  /**
   * The list class, which must implement {@code KubernetesListObject} of this class; {@code
   * void.class} means {@code <Kind>List} next to this class.
   */
  Class<?> list() default void.class;
}
